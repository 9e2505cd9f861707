using System.Globalization;
using Briefing.Localization.Profiles;

namespace Briefing.Localization;

/// <summary>
/// Upper case in a document's language, as ICU's casing for that language gives it (<c>u_toupper</c>, code point by
/// code point, which is what <see cref="string.ToUpper(CultureInfo)"/> gave with .NET's ICU globalization), the same
/// whatever globalization the process runs with: it runs invariant (Directory.Build.props), and .NET's invariant
/// casing is that same simple mapping (from a newer Unicode than Debian's ICU 72) except for three letters. Dotless ı
/// (U+0131) and long s ſ (U+017F) it keeps as Windows does, where ICU upper-cases them to I and S in every language;
/// and Turkish and Azeri upper-case dotted i to İ (U+0130), which no culture does there.
/// </summary>
public static class DocumentCasing
{
    /// <summary><paramref name="text"/> in upper case for <paramref name="culture"/>.</summary>
    public static string ToUpper(string text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        var upper = text.ToUpperInvariant();
        var dottedI = LanguageProfiles.LanguageOf(culture.Name) is "tr" or "az";
        if (upper.AsSpan().IndexOfAny('\u0131', '\u017F') < 0 && !(dottedI && text.Contains('i', StringComparison.Ordinal)))
        {
            return upper;
        }

        // The simple mapping keeps every code unit where it was, so positions in text and upper agree.
        return string.Create(upper.Length, (text, upper, dottedI), static (span, state) =>
        {
            state.upper.AsSpan().CopyTo(span);
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i] == '\u0131')
                {
                    span[i] = 'I';
                }
                else if (span[i] == '\u017F')
                {
                    span[i] = 'S';
                }
                else if (state.dottedI && state.text[i] == 'i')
                {
                    span[i] = '\u0130';
                }
            }
        });
    }
}
