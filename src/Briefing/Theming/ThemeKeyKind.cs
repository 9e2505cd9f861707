namespace Briefing.Theming;

/// <summary>What kind of value a key of the theme/1 format holds.</summary>
public enum ThemeKeyKind
{
    /// <summary>The format name, <c>theme/1</c>.</summary>
    FormatName,

    /// <summary>A plain text.</summary>
    String,

    /// <summary>A text: one string for every language, or a mapping of language code to string.</summary>
    Text,

    /// <summary>A colour written <c>#RRGGBB</c>.</summary>
    Colour,

    /// <summary>A number of points.</summary>
    Points,

    /// <summary>A path relative to the theme file that stays inside its folder.</summary>
    Path,

    /// <summary>A list of such paths.</summary>
    PathList,

    /// <summary>A nested mapping with the keys of <see cref="ThemeKey.Keys"/>.</summary>
    Object,

    /// <summary>A mapping of language code to a mapping with the keys of <see cref="ThemeKey.Keys"/>.</summary>
    PerLanguage,
}
