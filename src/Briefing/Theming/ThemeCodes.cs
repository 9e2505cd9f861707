using Briefing.Diagnostics;

namespace Briefing.Theming;

/// <summary>
/// The catalogue of every diagnostic code a theme file can produce (docs/themes.md lists the same). The YAML-level
/// codes keep the numbers of their brief counterparts (BRF001 is THM001).
/// </summary>
public static class ThemeCodes
{
    /// <summary>THM001: not well-formed YAML.</summary>
    public static readonly DiagnosticCode YamlSyntax = new("THM001", Severity.Error,
        "The theme is not well-formed YAML; the position is the parser's.",
        "themes/x.yaml:4:9: error THM001: While scanning a quoted scalar, found unexpected end of stream.");

    /// <summary>THM002: larger than the limit.</summary>
    public static readonly DiagnosticCode FileTooLarge = new("THM002", Severity.Error,
        "The theme (or its logo) is larger than the limit (16 MB).",
        "themes/x.yaml:1:1: error THM002: the file is 17825792 bytes; the limit is 16777216");

    /// <summary>THM003: anchors and aliases.</summary>
    public static readonly DiagnosticCode AliasNotAllowed = new("THM003", Severity.Error,
        "YAML anchors (&a) and aliases (*a) are not allowed.",
        "themes/x.yaml:3:8: error THM003: YAML aliases are not allowed ('*a')");

    /// <summary>THM004: nesting too deep.</summary>
    public static readonly DiagnosticCode TooDeep = new("THM004", Severity.Error,
        "Mappings and lists are nested deeper than the limit (32).",
        "themes/x.yaml:40:3: error THM004: nesting deeper than 32 levels");

    /// <summary>THM005: a text too long.</summary>
    public static readonly DiagnosticCode TextTooLong = new("THM005", Severity.Error,
        "One text is longer than the limit.",
        "themes/x.yaml:9:10: error THM005: a text of 2500000 characters; the limit is 1000000");

    /// <summary>THM006: too many items.</summary>
    public static readonly DiagnosticCode TooManyItems = new("THM006", Severity.Error,
        "A list or mapping has more items than the limit.",
        "themes/x.yaml:9:3: error THM006: more than 10000 items in one list or mapping");

    /// <summary>THM007: a file the theme needs cannot be read.</summary>
    public static readonly DiagnosticCode Unreadable = new("THM007", Severity.Error,
        "The theme file, or a file or folder it names (logo, font folder), does not exist or cannot be read.",
        "themes/x.yaml:1:1: error THM007: the file does not exist");

    /// <summary>THM008: not a theme.</summary>
    public static readonly DiagnosticCode NotATheme = new("THM008", Severity.Error,
        "The file is empty, holds several YAML documents, or its top level is not a mapping.",
        "themes/x.yaml:1:1: error THM008: the top level of a theme must be a mapping (format: theme/1, ...)");

    /// <summary>THM010: unknown key.</summary>
    public static readonly DiagnosticCode UnknownKey = new("THM010", Severity.Error,
        "A key the theme/1 format does not have (a typo is named with the nearest key).",
        "themes/x.yaml:5:3: error THM010: unknown key 'acent' in colours (did you mean 'accent'?)");

    /// <summary>THM011: missing key.</summary>
    public static readonly DiagnosticCode MissingKey = new("THM011", Severity.Error,
        "A required key is missing.",
        "themes/x.yaml:1:1: error THM011: 'format' is required");

    /// <summary>THM013: wrong type or shape.</summary>
    public static readonly DiagnosticCode WrongShape = new("THM013", Severity.Error,
        "A value has the wrong type: a mapping where a text belongs, a text where a list belongs, an empty value.",
        "themes/x.yaml:3:9: error THM013: fonts.dirs must be a list of folders");

    /// <summary>THM014: duplicate key.</summary>
    public static readonly DiagnosticCode DuplicateKey = new("THM014", Severity.Error,
        "A key appears twice in one mapping.",
        "themes/x.yaml:6:3: error THM014: duplicate key 'accent'");

    /// <summary>THM015: a control character in a text.</summary>
    public static readonly DiagnosticCode ControlCharacter = new("THM015", Severity.Error,
        "A text of the theme holds a control character.",
        "themes/x.yaml:8:17: error THM015: the text holds the control character U+0007");

    /// <summary>THM016: an invisible character in a text (warning).</summary>
    public static readonly DiagnosticCode InvisibleCharacter = new("THM016", Severity.Warning,
        "A text of the theme holds an invisible character (zero-width space, soft hyphen...).",
        "themes/x.yaml:8:17: warning THM016: the text holds the invisible character U+200B (zero width space)");

    /// <summary>THM030: not a colour.</summary>
    public static readonly DiagnosticCode InvalidColour = new("THM030", Severity.Error,
        "A colour is not written #RRGGBB.",
        "themes/x.yaml:6:11: error THM030: colours.accent is 'navy'; write a colour as #RRGGBB, e.g. #1f3a5f");

    /// <summary>THM031: a number out of range.</summary>
    public static readonly DiagnosticCode InvalidNumber = new("THM031", Severity.Error,
        "A margin or the logo's width is not a number of points in its range.",
        "themes/x.yaml:9:10: error THM031: margins.top is '-4'; it must be a number of points from 0 to 200");

    /// <summary>THM032: wrong format name.</summary>
    public static readonly DiagnosticCode UnsupportedFormat = new("THM032", Severity.Error,
        "The format is not theme/1.",
        "themes/x.yaml:1:9: error THM032: format 'theme/2' is not supported; this version reads theme/1");

    /// <summary>THM040: a language the renderer does not know.</summary>
    public static readonly DiagnosticCode UnknownLanguage = new("THM040", Severity.Error,
        "fonts or organisation name a language brief has no profile for.",
        "themes/x.yaml:4:3: error THM040: 'de' is not a language brief sets (en, en-CA, en-US, en-GB, fr, fr-CA, fr-FR, ko, ko-KR)");

    /// <summary>THM050: a family that is not installed.</summary>
    public static readonly DiagnosticCode FamilyNotInstalled = new("THM050", Severity.Error,
        "A font family is found neither in the theme's fonts.dirs nor in the system's font folders.",
        "themes/x.yaml:4:13: error THM050: the font family 'Noto Sans CJK KR' is not installed (searched fonts, /usr/share/fonts, ...)");

    /// <summary>THM051: a logo that is not a PNG or JPEG.</summary>
    public static readonly DiagnosticCode InvalidLogo = new("THM051", Severity.Error,
        "The logo is not a PNG or JPEG file brief can read.",
        "themes/x.yaml:12:9: error THM051: logo.file 'logo.gif' is not a PNG or JPEG image");

    /// <summary>THM052: a path that leaves its folder.</summary>
    public static readonly DiagnosticCode PathEscapes = new("THM052", Severity.Error,
        "A path in a theme (logo, font folder), or a brief's theme: key, is absolute or leaves the folder of the file that names it.",
        "themes/x.yaml:11:9: error THM052: logo.file '../secret.png' leaves the theme's folder");

    /// <summary>Every code, in code order.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        YamlSyntax, FileTooLarge, AliasNotAllowed, TooDeep, TextTooLong, TooManyItems, Unreadable, NotATheme,
        UnknownKey, MissingKey, WrongShape, DuplicateKey, ControlCharacter, InvisibleCharacter, InvalidColour, InvalidNumber, UnsupportedFormat,
        UnknownLanguage, FamilyNotInstalled, InvalidLogo, PathEscapes,
    ];

    /// <summary>The theme code for a code the YAML tree builder gave (it speaks in brief codes).</summary>
    internal static DiagnosticCode FromBriefCode(string code) => code switch
    {
        "BRF001" => YamlSyntax,
        "BRF002" => FileTooLarge,
        "BRF003" => AliasNotAllowed,
        "BRF004" => TooDeep,
        "BRF005" => TextTooLong,
        "BRF006" => TooManyItems,
        "BRF014" => DuplicateKey,
        "BRF013" => WrongShape,
        "BRF051" => ControlCharacter,
        "BRF053" => InvisibleCharacter,
        _ => NotATheme,
    };
}
