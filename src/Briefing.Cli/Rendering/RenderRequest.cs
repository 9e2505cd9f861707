using Briefing.Cli.CommandLine;
using Briefing.Composition.Frames;
using Briefing.Model;
using Briefing.Typesetting.Pdf;

namespace Briefing.Cli.Rendering;

/// <summary>
/// What <c>brief render</c> was asked: which briefs, in which languages, into which folder, on which paper,
/// following which PDF standards, and whether each PDF carries its brief's source (the default; <c>--no-source</c>
/// leaves it out, and so does PDF/A-1b, which cannot embed files), and in which frame (<c>--frame</c>; null: each
/// language's default).
/// </summary>
internal sealed record RenderRequest(IReadOnlyList<string> Paths, LanguageSelection Languages, string OutFolder, PaperSize? Paper,
    PdfStandards Standards = PdfStandards.None, bool IncludeSource = true, FrameKind? Frame = null)
{
    /// <summary>The <c>--theme</c> file for every brief, or null (each brief's own <c>theme:</c>, else the default look).</summary>
    public string? Theme { get; init; }

    /// <summary>Whether the PDFs carry their brief's source: asked for, and allowed by the standards.</summary>
    public bool EmbedsSource => IncludeSource && Standards.AllowsEmbeddedFiles();
}
