using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Sample;
using Briefing.Typesetting.Text;

// Renders sample 1 to the file named on the command line: the whole process is the cold render time.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Briefing.Typesetting.Sample <out.pdf>");
    return 2;
}

using var typesetter = new Typesetter(DefaultFonts.Load());
var pdf = MixedParagraphsSample.Build(typesetter).Document.GeneratePdf();
File.WriteAllBytes(args[0], pdf);
return 0;
