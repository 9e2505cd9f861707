namespace Briefing.Cli.Rendering;

/// <summary>
/// The codes of problems found while rendering and writing, after a brief has loaded without errors.
/// The 9xx range is the command's own; the domain's catalogue (<c>DiagnosticCodes</c>) stays below it.
/// </summary>
internal static class RenderCodes
{
    /// <summary>BRF901: <c>--lang</c> asks for a language the brief does not have.</summary>
    public const string LanguageNotInBrief = "BRF901";

    /// <summary>BRF902: no font covers a character of the brief.</summary>
    public const string MissingGlyph = "BRF902";

    /// <summary>BRF903: the content cannot be laid out (it does not fit on an empty page, or the page cap was hit).</summary>
    public const string LayoutFailed = "BRF903";

    /// <summary>BRF904: the PDF cannot be written (folder read-only, disk full, target is a folder).</summary>
    public const string WriteFailed = "BRF904";

    /// <summary>BRF905: rendering failed in an unexpected way (a bug in brief; exit code 70).</summary>
    public const string RenderFailed = "BRF905";

    /// <summary>BRF906: the default fonts are not installed.</summary>
    public const string FontsMissing = "BRF906";

    /// <summary>BRF907: two briefs of one run have the same id, so they would write the same PDFs.</summary>
    public const string DuplicateTarget = "BRF907";
}
