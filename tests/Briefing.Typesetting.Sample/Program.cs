using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Sample;
using Briefing.Typesetting.Text;

// Renders sample 1 (or, with --report, sample 2) to the file named on the command line: the whole
// process is the cold render time.
var report = args.Length == 2 && args[0] == "--report";
if (args.Length != 1 && !report)
{
    Console.Error.WriteLine("usage: Briefing.Typesetting.Sample [--report] <out.pdf>");
    return 2;
}

using var typesetter = new Typesetter(DefaultFonts.Load());
var sample = report ? ReportSample.Build(typesetter) : MixedParagraphsSample.Build(typesetter);
File.WriteAllBytes(args[^1], sample.Document.GeneratePdf());
return 0;
