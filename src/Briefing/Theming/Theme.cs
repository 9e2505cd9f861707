using Briefing.Composition;
using Briefing.Localization.Profiles;
using Briefing.Typesetting.Geometry;

namespace Briefing.Theming;

/// <summary>
/// An organisation's look (<c>theme/1</c>): fonts per language and role, colours, a logo and an organisation line
/// for the title block, and the page margins. A frame decides layout; a theme decides only these.
/// <see cref="Default"/> is the look of a brief without a theme.
/// </summary>
public sealed record Theme
{
    /// <summary>The default look: the language profiles' fonts, the navy palette, no logo, the usual margins.</summary>
    public static Theme Default { get; } = new();

    /// <summary>The theme file as given, or null for the default theme.</summary>
    public string? File { get; init; }

    /// <summary>The folders (absolute) the theme's <c>fonts.dirs</c> name, searched before the system's.</summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];

    /// <summary>The families per language code as the theme writes it (<c>en</c>, <c>ko</c>, <c>en-GB</c>), in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, ThemeFontChoice>> Fonts { get; init; } = [];

    /// <summary>The colours.</summary>
    public Palette Palette { get; init; } = Palette.Default;

    /// <summary>The page margins of a brief (and of a bundle).</summary>
    public Thickness Margins { get; init; } = new(56, 26, 56, 24);

    /// <summary>The logo shown in the title block, or null.</summary>
    public ThemeLogo? Logo { get; init; }

    /// <summary>The organisation line of the title block per language code (<c>*</c> for every language), or empty.</summary>
    public IReadOnlyDictionary<string, string> Organisation { get; init; } = new Dictionary<string, string>();

    /// <summary>The families the theme sets for <paramref name="profile"/>'s language, or null when it sets none.</summary>
    public ThemeFontChoice? FontsFor(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        foreach (var (language, choice) in Fonts)
        {
            if (language.Equals(profile.Tag, StringComparison.OrdinalIgnoreCase))
                return choice;
        }

        foreach (var (language, choice) in Fonts)
        {
            if (language.Equals(profile.Language, StringComparison.OrdinalIgnoreCase))
                return choice;
        }

        return null;
    }

    /// <summary>
    /// The body family chain for <paramref name="profile"/>: the language's own family, then the theme's families for
    /// its other languages (so a Korean name in an English brief finds the theme's Korean font); the profile's chain
    /// when the theme sets no font for the language.
    /// </summary>
    public IReadOnlyList<string> BodyChain(LanguageProfile profile) => Chain(profile, static c => c.Body);

    /// <summary>The heading family chain for <paramref name="profile"/>, as <see cref="BodyChain"/>.</summary>
    public IReadOnlyList<string> HeadingChain(LanguageProfile profile) => Chain(profile, static c => c.Heading);

    /// <summary>The organisation line in <paramref name="profile"/>'s language, or null.</summary>
    public string? OrganisationFor(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        foreach (var key in new[] { profile.Tag, profile.Language, "*" })
        {
            foreach (var (language, text) in Organisation)
            {
                if (language.Equals(key, StringComparison.OrdinalIgnoreCase))
                    return text;
            }
        }

        return null;
    }

    private IReadOnlyList<string> Chain(LanguageProfile profile, Func<ThemeFontChoice, string> pick)
    {
        if (FontsFor(profile) is not { } own)
            return profile.FontChain;
        var chain = new List<string> { pick(own) };
        foreach (var (_, choice) in Fonts)
        {
            if (!chain.Contains(pick(choice), StringComparer.OrdinalIgnoreCase))
                chain.Add(pick(choice));
        }

        return chain;
    }
}
