namespace Briefing.Theming;

/// <summary>
/// The <c>theme/1</c> format as data: the loader checks keys against it and <see cref="ThemeSchema"/> generates the
/// JSON Schema from it, so the two cannot drift apart.
/// </summary>
public static class ThemeFormat
{
    /// <summary>The only format name this version reads.</summary>
    public const string Name = "theme/1";

    /// <summary>The smallest and largest margin and logo width, in points.</summary>
    public const double MaxPoints = 200;

    /// <summary>The fonts of one language.</summary>
    public static readonly IReadOnlyList<ThemeKey> LanguageFonts =
    [
        new("body", ThemeKeyKind.String, true, "The family of running text (regular 400, bold 700), e.g. 'Noto Sans CJK KR'."),
        new("heading", ThemeKeyKind.String, true, "The family of the title and headings (bold 700)."),
    ];

    /// <summary>The whole theme.</summary>
    public static readonly ThemeKey Theme = new("theme", ThemeKeyKind.Object, true, "An organisation's look in the theme/1 format.",
    [
        new("format", ThemeKeyKind.FormatName, true, "The format name: theme/1."),
        new("name", ThemeKeyKind.String, false, "The theme's name (for people; not printed)."),
        new("fonts", ThemeKeyKind.Object, false, "Fonts per language (en, fr, ko, or with a region), found by family name in dirs and then in the system's font folders.",
        [
            new("dirs", ThemeKeyKind.PathList, false, "Folders of font files, relative to the theme file, searched first."),
            new("*", ThemeKeyKind.PerLanguage, false, "A language code, with the body and heading families for it.", LanguageFonts),
        ]),
        new("colours", ThemeKeyKind.Object, false, "Colours as #RRGGBB.",
        [
            new("accent", ThemeKeyKind.Colour, false, "Headings, section numbers, links, the title rule; the box tints are mixed from it."),
            new("rules", ThemeKeyKind.Colour, false, "Hairlines and the table grid."),
            new("table-header", ThemeKeyKind.Colour, false, "The background of a table's header row (default: the accent)."),
            new("banner-text", ThemeKeyKind.Colour, false, "The text of the classification banner (default: white)."),
        ]),
        new("logo", ThemeKeyKind.Object, false, "A logo for the title block.",
        [
            new("file", ThemeKeyKind.Path, true, "A PNG or JPEG file, relative to the theme file."),
            new("alt", ThemeKeyKind.String, true, "What the logo shows, for screen readers (the PDF's /Alt)."),
            new("width", ThemeKeyKind.Points, false, "Its width in points (default 48)."),
        ]),
        new("organisation", ThemeKeyKind.Text, false, "The organisation line beside the logo: one text, or one per language."),
        new("margins", ThemeKeyKind.Object, false, "Page margins in points.",
        [
            new("top", ThemeKeyKind.Points, false, "Top margin (default 26)."),
            new("right", ThemeKeyKind.Points, false, "Right margin (default 56)."),
            new("bottom", ThemeKeyKind.Points, false, "Bottom margin (default 24)."),
            new("left", ThemeKeyKind.Points, false, "Left margin (default 56)."),
        ]),
    ]);
}
