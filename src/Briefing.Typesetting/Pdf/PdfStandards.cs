namespace Briefing.Typesetting.Pdf;

/// <summary>
/// The standards a PDF is written to, beyond what every PDF of the writer already is (tagged, with
/// /Lang, a title shown by viewers, and table headers with a scope). Names follow Typst's
/// <c>--pdf-standard</c>: <c>a-1b</c> and <c>ua-1</c>.
/// </summary>
[Flags]
public enum PdfStandards
{
    /// <summary>Plain PDF 1.7 as the writer makes it.</summary>
    None = 0,

    /// <summary>
    /// PDF/A-1b (ISO 19005-1, level B): PDF 1.4 features only, an sRGB output intent with an embedded ICC
    /// profile, a CIDSet for every subset font, XMP that identifies PDF/A-1, no transparency (alpha is
    /// flattened onto white). It cannot carry embedded files, so a document's source is left out.
    /// </summary>
    A1b = 1,

    /// <summary>PDF/UA-1 (ISO 14289-1): the XMP carries the pdfuaid identification.</summary>
    UA1 = 2,
}
