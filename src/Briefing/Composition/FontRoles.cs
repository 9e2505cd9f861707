using Briefing.Localization.Profiles;

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

    /// <summary>The family chain of <paramref name="profile"/>'s body text, first choice first.</summary>
    public static IReadOnlyList<string> Chain(LanguageProfile profile) => profile.FontChain;
}
