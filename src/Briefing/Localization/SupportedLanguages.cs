using System.Globalization;
using System.Reflection;
using Briefing.Localization.Profiles;

namespace Briefing.Localization;

/// <summary>
/// The languages the document's fixed words are translated into: English (the neutral Strings.resx)
/// and every Strings.&lt;lang&gt;.resx. Adding a language is adding one resx file.
/// </summary>
public static class SupportedLanguages
{
    /// <summary>The neutral language, whose words live in Strings.resx.</summary>
    public const string Neutral = LanguageProfiles.NeutralLanguage;

    /// <summary>Whether the language has a translation of the document's fixed words.</summary>
    public static bool IsSupported(string language) => Translation(language) is not null;

    /// <summary>
    /// The culture whose words serve <paramref name="language"/>: the first of the tag and its parents (ko-KR, ko) that
    /// is a supported language, compared without regard to case; null when none is. The parents are found here, by
    /// subtag, because the process runs with invariant globalization, whose cultures have none (see Directory.Build.props).
    /// The invariant culture is never reached: English words must not make every language pass.
    /// </summary>
    public static CultureInfo? Translation(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var supported = All();
        for (var tag = language; tag.Length > 0; tag = Parent(tag))
        {
            foreach (var known in supported)
            {
                if (string.Equals(tag, known, StringComparison.OrdinalIgnoreCase))
                {
                    return CultureInfo.GetCultureInfo(known);
                }
            }
        }

        return null;
    }

    // ICU's parent of a tag is the tag without its last subtag, whichever separator it was written with.
    private static string Parent(string tag)
    {
        var at = tag.AsSpan().LastIndexOfAny('-', '_');
        return at < 0 ? "" : tag[..at];
    }

    /// <summary>
    /// Every supported language, the neutral one first, then each Strings.&lt;lang&gt;.resx this build carries in
    /// ordinal order (listed when building: <c>BuildTranslations</c>, which Briefing.csproj writes).
    /// </summary>
    public static IReadOnlyList<string> All() => Languages;

    private static readonly IReadOnlyList<string> Languages =
        [Neutral, .. BuildTranslations.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    internal static Assembly Assembly => typeof(SupportedLanguages).Assembly;
}
