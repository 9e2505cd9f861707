using Briefing.Localization.Profiles;
using Briefing.Theming;

namespace Briefing.Composition;

/// <summary>
/// The font roles of the briefing document per locale, as its <see cref="LanguageProfile"/> sets them: one sans
/// family throughout, the language's own first and the other script's behind it for characters the first
/// lacks; headings and labels in bold. <see cref="Typography"/> sets its styles from them, and
/// <c>brief fonts</c> prints them.
/// </summary>
public static class FontRoles
{
    /// <summary>The roles of <paramref name="profile"/>: name, family chain (first choice first), weight and slant.</summary>
    public static IReadOnlyList<FontRole> For(LanguageProfile profile) => profile.Fonts;

    /// <summary>The roles of <paramref name="profile"/> in <paramref name="theme"/>: the theme's body and heading families when it sets them.</summary>
    public static IReadOnlyList<FontRole> For(LanguageProfile profile, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        if (theme.FontsFor(profile) is null)
            return profile.Fonts;
        var body = theme.BodyChain(profile);
        return
        [
            new("body", body, 400, false),
            new("heading", theme.HeadingChain(profile), 700, false),
            new("italic", body, 400, true),
            new("bold italic", body, 700, true),
        ];
    }

    /// <summary>The family chain of <paramref name="profile"/>'s body text, first choice first.</summary>
    public static IReadOnlyList<string> Chain(LanguageProfile profile) => profile.FontChain;
}
