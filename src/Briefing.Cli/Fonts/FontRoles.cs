using Briefing.Typesetting.Fonts;

namespace Briefing.Cli.Fonts;

/// <summary>
/// The default font families each language is set in, first choice first: the language's own families,
/// then the Latin ones for the Latin words (names, abbreviations) inside Korean text. Until the
/// composition publishes its own choice, this mirrors <see cref="DefaultFonts"/>.
/// </summary>
internal static class FontRoles
{
    /// <summary>The families that can serve <paramref name="language"/>, as (role, family) pairs.</summary>
    public static IReadOnlyList<(string Role, string Family)> For(string language) =>
        language.Equals("ko", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ko-", StringComparison.OrdinalIgnoreCase)
            ?
            [
                ("sans", DefaultFonts.KoreanSans), ("serif", DefaultFonts.KoreanSerif),
                ("sans (Latin)", DefaultFonts.LatinSans), ("serif (Latin)", DefaultFonts.LatinSerif),
            ]
            : [("sans", DefaultFonts.LatinSans), ("serif", DefaultFonts.LatinSerif)];
}
