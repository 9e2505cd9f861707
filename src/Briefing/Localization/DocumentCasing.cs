using System.Globalization;
using Briefing.Localization.Profiles;

namespace Briefing.Localization;

/// <summary>
/// Upper case in a document's culture, as <see cref="string.ToUpper(CultureInfo)"/> gives it, without its cost
/// on first use: .NET decides whether a culture's ASCII casing is the invariant one by comparing two strings
/// with that culture's collator, and ICU builds that collator's tailoring from rules, about 4 ms of CPU once
/// per culture and process (docs/performance.md). For English, French and Korean the culture's casing is
/// ICU's simple mapping (<c>u_toupper</c>) code point by code point, which the invariant casing also is except
/// for one letter it keeps as Windows does: dotless ı (U+0131), which the culture upper-cases to I. Other
/// languages (Turkish and Azeri case i differently) take the culture's own casing.
/// </summary>
public static class DocumentCasing
{
    /// <summary><paramref name="text"/> in upper case for <paramref name="culture"/>.</summary>
    public static string ToUpper(string text, CultureInfo culture)
    {
        if (LanguageProfiles.Known(culture.Name) == KnownLanguage.Other)
        {
            return text.ToUpper(culture);
        }

        var upper = text.ToUpperInvariant();
        return upper.Contains('\u0131', StringComparison.Ordinal) ? upper.Replace('\u0131', 'I') : upper;
    }
}
