using Briefing.Cli.CommandLine;
using Briefing.Model;
using Briefing.Typesetting.Pdf;

namespace Briefing.Cli.Rendering;

/// <summary>
/// What <c>brief render</c> was asked: which briefs, in which languages, into which folder, on which paper,
/// following which PDF standards.
/// </summary>
internal sealed record RenderRequest(IReadOnlyList<string> Paths, LanguageSelection Languages, string OutFolder, PaperSize? Paper,
    PdfStandards Standards = PdfStandards.None);
