using Briefing.Typesetting.Fonts;

namespace Briefing.Composition;

/// <summary>
/// The font roles of the briefing document per language: one sans family throughout, the language's own
/// first and the other script's behind it for characters the first lacks; headings and labels in bold.
/// <see cref="Typography"/> sets its styles from <see cref="Chain"/>, and <c>brief fonts</c> prints these.
/// </summary>
public static class FontRoles
{
    /// <summary>The roles for <paramref name="language"/>: name, family chain (first choice first), weight and slant.</summary>
    public static IReadOnlyList<FontRole> For(string language)
    {
        var chain = Chain(language);
        return
        [
            new("body", chain, 400, false),
            new("heading", chain, 700, false),
            new("italic", chain, 400, true),
            new("bold italic", chain, 700, true),
        ];
    }

    /// <summary>The family chain of <paramref name="language"/>, first choice first.</summary>
    public static IReadOnlyList<string> Chain(string language) => IsKorean(language)
        ? [DefaultFonts.KoreanSans, DefaultFonts.LatinSans]
        : [DefaultFonts.LatinSans, DefaultFonts.KoreanSans];

    private static bool IsKorean(string language) =>
        language.Equals("ko", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ko-", StringComparison.OrdinalIgnoreCase);
}
