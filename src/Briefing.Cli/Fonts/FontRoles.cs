using Briefing.Typesetting.Fonts;

namespace Briefing.Cli.Fonts;

/// <summary>
/// The font roles of the briefing document per language, as the composition sets them (its Typography is
/// internal, so this mirrors it; keep the two in step): one sans family throughout, the language's own
/// first and the other script's behind it for characters the first lacks; headings and labels in bold.
/// </summary>
internal static class FontRoles
{
    /// <summary>The roles for <paramref name="language"/>: name, family chain (first choice first), weight and slant.</summary>
    public static IReadOnlyList<FontRole> For(string language)
    {
        IReadOnlyList<string> chain = IsKorean(language)
            ? [DefaultFonts.KoreanSans, DefaultFonts.LatinSans]
            : [DefaultFonts.LatinSans, DefaultFonts.KoreanSans];
        return
        [
            new("body", chain, 400, false),
            new("heading", chain, 700, false),
            new("italic", chain, 400, true),
            new("bold italic", chain, 700, true),
        ];
    }

    private static bool IsKorean(string language) =>
        language.Equals("ko", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ko-", StringComparison.OrdinalIgnoreCase);
}
