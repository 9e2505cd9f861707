using System.Diagnostics;
using Briefing.Cli.Handover;
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

    /// <summary>
    /// Whether the command must be handed to the full build (<see cref="FullBinary"/>) before it reads or
    /// prints anything: this binary leaves PDF reading out (<see cref="PdfReading"/>) and one of the paths
    /// given is a PDF. Folders never count: they give only their <c>.yaml</c> and <c>.yml</c> files.
    /// </summary>
    public static bool NeedFullBinary(IReadOnlyList<string> paths) => !PdfReading.IsSupported && paths.Any(IsPdf);

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
            }
            else if (PdfReading.IsSupported)
            {
                // The only path to PdfPig here, in a branch the lean binary's compiler drops.
                AddPdf(file, reader ??= new PdfSourceReader(), inputs);
            }
            else
            {
                throw new UnreachableException("a PDF input reached a build without PDF reading: the command should have been handed over");
            }
        }

        return inputs;
    }

    private static void AddPdf(string file, PdfSourceReader reader, List<BriefInput> inputs)
    {
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
}
