namespace Briefing.Typesetting.Pdf;

/// <summary>What a set of <see cref="PdfStandards"/> allows and asks of a PDF.</summary>
public static class PdfStandardsExtensions
{
    /// <summary>
    /// Whether files (a document's source, say) may be embedded: PDF/A-1 forbids embedded files
    /// (ISO 19005-1, 6.1.11), so a writer asked for <see cref="PdfStandards.A1b"/> leaves them out.
    /// </summary>
    public static bool AllowsEmbeddedFiles(this PdfStandards standards) => (standards & PdfStandards.A1b) == 0;

    /// <summary>Whether transparency (soft masks, alpha) must be avoided: PDF/A-1 forbids it (6.4).</summary>
    public static bool ForbidsTransparency(this PdfStandards standards) => (standards & PdfStandards.A1b) != 0;
}
