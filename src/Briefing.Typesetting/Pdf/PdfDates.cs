using System.Globalization;

namespace Briefing.Typesetting.Pdf;

/// <summary>Formats dates the way PDF dictionaries and XMP packets want them.</summary>
internal static class PdfDates
{
    /// <summary>A PDF date string, e.g. <c>D:20251030091500+09'00'</c>.</summary>
    public static string Format(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"D:{date:yyyyMMddHHmmss}{sign}{abs.Hours:00}'{abs.Minutes:00}'");
    }

    /// <summary>An XMP (ISO 8601) date, e.g. <c>2025-10-30T09:15:00+09:00</c>.</summary>
    public static string FormatXmp(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
