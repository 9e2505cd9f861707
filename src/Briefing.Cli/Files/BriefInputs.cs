using Briefing.Diagnostics;
using Briefing.Sources;

namespace Briefing.Cli.Files;

/// <summary>
/// Turns the files of a command line into briefs to load: a <c>.pdf</c> file gives the briefs it carries
/// (read by <see cref="PdfSourceReader"/>: untrusted, bounded, checksums verified), any other file is a brief.
/// </summary>
internal static class BriefInputs
{
    /// <summary>Whether <paramref name="path"/> names a PDF (by its extension; its content is checked when read).</summary>
    public static bool IsPdf(string path) => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every brief of <paramref name="files"/>, in order; a PDF's problems become one input that fails to load.</summary>
    public static IReadOnlyList<BriefInput> Expand(IReadOnlyList<string> files)
    {
        var inputs = new List<BriefInput>(files.Count);
        PdfSourceReader? reader = null;
        foreach (var file in files)
        {
            if (!IsPdf(file))
            {
                inputs.Add(new BriefInput(file, null, []));
                continue;
            }

            reader ??= new PdfSourceReader();
            var result = reader.Read(file);
            if (result.Diagnostics.Count > 0)
            {
                inputs.Add(new BriefInput(file, null, result.Diagnostics));
            }

            var briefs = 0;
            foreach (var source in result.Sources)
            {
                if (source.IsBrief)
                {
                    inputs.Add(new BriefInput(file, source, []));
                    briefs++;
                }
            }

            if (briefs == 0 && result.Diagnostics.Count == 0)
            {
                var code = DiagnosticCodes.NoSourceInPdf;
                inputs.Add(new BriefInput(file, null,
                    [new Diagnostic(code.Severity, code.Code, "the PDF carries sources but no brief (.yaml)", new SourceSpan(file, 1, 1))]));
            }
        }

        return inputs;
    }
}
