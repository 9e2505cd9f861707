namespace Briefing.Composition;

/// <summary>Language questions composition asks: is it Korean, which BCP 47 tag does the PDF get.</summary>
internal static class Languages
{
    /// <summary>Korean, or a regional Korean such as ko-KR.</summary>
    public static bool IsKorean(string language) =>
        language.Equals("ko", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ko-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The document language for the PDF: ko-KR for Korean, en-CA for English (Canada), else as given.</summary>
    public static string PdfTag(string language) =>
        language.ToLowerInvariant() switch
        {
            "ko" => "ko-KR",
            "en" => "en-CA",
            _ => language,
        };
}
