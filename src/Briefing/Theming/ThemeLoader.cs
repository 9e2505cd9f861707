using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Composition;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Localization.Profiles;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Validation;

namespace Briefing.Theming;

/// <summary>
/// Reads a <c>theme/1</c> YAML file into a <see cref="Theme"/> and checks it completely: keys against
/// <see cref="ThemeFormat"/>, types, colours, numbers, languages, the logo, and paths (relative to the theme, never
/// leaving its folder). Every problem is a <c>file:line:col: error THMnnn</c> diagnostic; never throws for bad input.
/// Whether the families are installed is <see cref="ThemeFonts"/>' check, which needs the font folders.
/// </summary>
public sealed partial class ThemeLoader
{
    private const double DefaultLogoWidth = 48;

    private readonly LoadLimits _limits = LoadLimits.Default;

    /// <summary>
    /// Loads the theme at <paramref name="path"/>; a missing file is reported at <paramref name="namedAt"/> (the
    /// brief's <c>theme:</c> key) when given, else at the theme's own first line.
    /// </summary>
    public ThemeLoadResult Load(string path, SourceSpan? namedAt = null)
    {
        var start = namedAt ?? new SourceSpan(path, 1, 1);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return Fail(ThemeCodes.Unreadable, start, namedAt is null ? "the file does not exist" : $"the theme file '{path}' does not exist");
            if (info.Length > _limits.MaxFileBytes)
                return Fail(ThemeCodes.FileTooLarge, start, $"the file is {info.Length} bytes; the limit is {_limits.MaxFileBytes}");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(ThemeCodes.Unreadable, start, $"the file cannot be read: {e.Message}");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail(ThemeCodes.Unreadable, new SourceSpan(path, 1, 1), "the file is not valid UTF-8");
        }

        return Load(text, path) with { Source = bytes };
    }

    /// <summary>Loads a theme given as text; <paramref name="path"/> names it in diagnostics and is what its relative paths start from.</summary>
    public ThemeLoadResult Load(string text, string path)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        var briefBag = new DiagnosticBag();
        var root = new YamlTreeBuilder(path, _limits, briefBag).Build(text);
        var bag = new DiagnosticBag();
        // The tree builder speaks in brief codes; a theme's diagnostics are THM codes with the same meaning.
        foreach (var d in briefBag.ToSortedList())
            bag.Add(ThemeCodes.FromBriefCode(d.Code), d.Span, d.Message.Replace("brief", "theme", StringComparison.Ordinal));
        if (root is null)
            return new ThemeLoadResult(null, bag.ToSortedList());
        if (root is not YMapping mapping)
        {
            bag.Add(ThemeCodes.NotATheme, root.Span, "the top level of a theme must be a mapping (format: theme/1, ...)");
            return new ThemeLoadResult(null, bag.ToSortedList());
        }

        var theme = new Reader(path, bag).Read(mapping);
        return new ThemeLoadResult(bag.HasErrors ? null : theme, bag.ToSortedList());
    }

    /// <summary>
    /// Where a brief's <c>theme:</c> value points, relative to the brief's folder; null (with the reason) when it is
    /// absolute or leaves that folder.
    /// </summary>
    public static string? Resolve(string baseFile, string relative, out string? problem) =>
        Inside(Path.GetDirectoryName(Path.GetFullPath(baseFile))!, relative, out problem);

    private static string? Inside(string folder, string relative, out string? problem)
    {
        problem = null;
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Contains('\\', StringComparison.Ordinal))
        {
            problem = "is not a relative path (write it relative to the file, with /)";
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder, relative));
        var root = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal) && full != folder)
        {
            problem = "leaves the folder of the file that names it";
            return null;
        }

        return full;
    }

    private static ThemeLoadResult Fail(Briefing.Diagnostics.DiagnosticCode code, SourceSpan span, string message) =>
        new(null, [new Diagnostic(code.Severity, code.Code, message, span)]);

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColourPattern();

    private sealed class Reader(string path, DiagnosticBag bag)
    {
        private readonly string _folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;

        public Theme Read(YMapping root)
        {
            var fields = Fields(root, ThemeFormat.Theme, string.Empty);
            if (fields.TryGetValue("format", out var format))
            {
                if (Scalar(format, "format") is { } name && name.Value != ThemeFormat.Name)
                    bag.Add(ThemeCodes.UnsupportedFormat, name.Span, $"format '{name.Value}' is not supported; this version reads {ThemeFormat.Name}");
            }

            if (fields.TryGetValue("name", out var themeName))
                Scalar(themeName, "name");

            var theme = new Theme { File = path };
            if (fields.TryGetValue("fonts", out var fonts))
                theme = ReadFonts(fonts, theme);
            if (fields.TryGetValue("colours", out var colours))
                theme = theme with { Palette = ReadColours(colours) };
            if (fields.TryGetValue("logo", out var logo))
                theme = theme with { Logo = ReadLogo(logo) };
            if (fields.TryGetValue("organisation", out var organisation))
                theme = theme with { Organisation = ReadText(organisation, "organisation") };
            if (fields.TryGetValue("margins", out var margins))
                theme = theme with { Margins = ReadMargins(margins, theme.Margins) };
            return theme;
        }

        private Theme ReadFonts(YNode node, Theme theme)
        {
            var spec = ThemeFormat.Theme.Find("fonts")!;
            if (Mapping(node, "fonts") is not { } mapping)
                return theme;
            var folders = new List<string>();
            var choices = new List<KeyValuePair<string, ThemeFontChoice>>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in mapping.Entries)
            {
                if (key.Value == "dirs")
                {
                    if (value is not YSequence list)
                    {
                        bag.Add(ThemeCodes.WrongShape, value.Span, "fonts.dirs must be a list of folders");
                        continue;
                    }

                    foreach (var item in list.Items)
                    {
                        if (Path(item, "fonts.dirs") is not { } folder)
                            continue;
                        if (!Directory.Exists(folder))
                            bag.Add(ThemeCodes.Unreadable, item.Span, $"fonts.dirs names '{((YScalar)item).Value}', which is not a folder");
                        else
                            folders.Add(folder);
                    }

                    continue;
                }

                if (LanguageProfiles.Find(key.Value) is null)
                {
                    bag.Add(ThemeCodes.UnknownLanguage, key.Span,
                        $"'{key.Value}' is not a language brief sets ({string.Join(", ", LanguageProfiles.Every.Select(p => p.Tag))})" + DidYouMean.Hint(key.Value, [.. LanguageProfiles.DefaultRegions.Keys.Prepend("dirs")]));
                    continue;
                }

                if (!seen.Add(key.Value))
                {
                    bag.Add(ThemeCodes.DuplicateKey, key.Span, $"fonts sets '{key.Value}' twice");
                    continue;
                }

                var where = "fonts." + key.Value;
                if (Mapping(value, where) is not { } language)
                    continue;
                var families = Fields(language, spec.Find("*")!, where);
                var body = families.TryGetValue("body", out var b) ? Scalar(b, where + ".body") : null;
                var heading = families.TryGetValue("heading", out var h) ? Scalar(h, where + ".heading") : null;
                if (body is not null && heading is not null)
                    choices.Add(new(key.Value, new ThemeFontChoice(body.Value.Trim(), body.Span, heading.Value.Trim(), heading.Span)));
            }

            return theme with { FontFolders = folders, Fonts = choices };
        }

        private Palette ReadColours(YNode node)
        {
            var palette = Palette.Default;
            if (Mapping(node, "colours") is not { } mapping)
                return palette;
            var fields = Fields(mapping, ThemeFormat.Theme.Find("colours")!, "colours");
            if (Colour(fields, "accent") is { } accent)
                palette = palette.WithAccent(accent);
            if (Colour(fields, "rules") is { } rules)
                palette = palette with { Rule = rules };
            if (Colour(fields, "table-header") is { } header)
                palette = palette with { TableHeader = header };
            if (Colour(fields, "banner-text") is { } banner)
                palette = palette with { BannerText = banner };
            return palette;
        }

        private ThemeLogo? ReadLogo(YNode node)
        {
            if (Mapping(node, "logo") is not { } mapping)
                return null;
            var fields = Fields(mapping, ThemeFormat.Theme.Find("logo")!, "logo");
            var alt = fields.TryGetValue("alt", out var a) ? Scalar(a, "logo.alt") : null;
            var width = fields.TryGetValue("width", out var w) ? Points(w, "logo.width") : DefaultLogoWidth;
            if (!fields.TryGetValue("file", out var fileNode) || Path(fileNode, "logo.file") is not { } file)
                return null;
            var written = ((YScalar)fileNode).Value;
            byte[] data;
            try
            {
                var info = new FileInfo(file);
                if (!info.Exists)
                {
                    bag.Add(ThemeCodes.Unreadable, fileNode.Span, $"logo.file '{written}' does not exist");
                    return null;
                }

                if (info.Length > LoadLimits.Default.MaxFileBytes)
                {
                    bag.Add(ThemeCodes.FileTooLarge, fileNode.Span, $"logo.file '{written}' is {info.Length} bytes; the limit is {LoadLimits.Default.MaxFileBytes}");
                    return null;
                }

                data = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                bag.Add(ThemeCodes.Unreadable, fileNode.Span, $"logo.file '{written}' cannot be read: {e.Message}");
                return null;
            }

            try
            {
                // The engine's own header check: what it cannot size, it cannot draw.
                _ = Typesetting.Fluent.Blocks.Image(data, null);
            }
            catch (Exception e) when (e is ArgumentException or InvalidDataException or FormatException)
            {
                bag.Add(ThemeCodes.InvalidLogo, fileNode.Span, $"logo.file '{written}' is not a PNG or JPEG image brief can read ({e.Message})");
                return null;
            }

            if (alt is null || string.IsNullOrWhiteSpace(alt.Value))
            {
                if (alt is not null)
                    bag.Add(ThemeCodes.WrongShape, alt.Span, "logo.alt is empty; say what the logo shows");
                return null;
            }

            return new ThemeLogo(data, alt.Value.Trim(), width ?? DefaultLogoWidth, mapping.Span);
        }

        private Dictionary<string, string> ReadText(YNode node, string where)
        {
            var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (node is YScalar { IsNull: false } scalar)
            {
                result["*"] = scalar.Value;
                return result;
            }

            if (node is not YMapping mapping)
            {
                bag.Add(ThemeCodes.WrongShape, node.Span, $"{where} must be a text, or a mapping of language code to text");
                return result;
            }

            foreach (var (key, value) in mapping.Entries)
            {
                if (LanguageProfiles.Find(key.Value) is null)
                {
                    bag.Add(ThemeCodes.UnknownLanguage, key.Span, $"'{key.Value}' is not a language brief sets ({string.Join(", ", LanguageProfiles.Every.Select(p => p.Tag))})");
                    continue;
                }

                if (Scalar(value, $"{where}.{key.Value}") is { } text)
                    result[key.Value] = text.Value;
            }

            return result;
        }

        private Thickness ReadMargins(YNode node, Thickness defaults)
        {
            if (Mapping(node, "margins") is not { } mapping)
                return defaults;
            var fields = Fields(mapping, ThemeFormat.Theme.Find("margins")!, "margins");
            double Side(string name, double fallback) =>
                fields.TryGetValue(name, out var v) && Points(v, "margins." + name) is { } points ? points : fallback;
            return new Thickness(Side("left", defaults.Left), Side("top", defaults.Top), Side("right", defaults.Right), Side("bottom", defaults.Bottom));
        }

        private Color? Colour(Dictionary<string, YNode> fields, string name)
        {
            if (!fields.TryGetValue(name, out var node) || Scalar(node, "colours." + name) is not { } scalar)
                return null;
            if (!ColourPattern().IsMatch(scalar.Value))
            {
                bag.Add(ThemeCodes.InvalidColour, scalar.Span, $"colours.{name} is '{scalar.Value}'; write a colour as #RRGGBB, e.g. #1f3a5f");
                return null;
            }

            return Color.FromHex(scalar.Value);
        }

        private double? Points(YNode node, string where)
        {
            if (Scalar(node, where) is not { } scalar)
                return null;
            if (!double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !double.IsFinite(value) || value < 0 || value > ThemeFormat.MaxPoints)
            {
                bag.Add(ThemeCodes.InvalidNumber, scalar.Span, $"{where} is '{scalar.Value}'; it must be a number of points from 0 to {ThemeFormat.MaxPoints}");
                return null;
            }

            return value;
        }

        private string? Path(YNode node, string where)
        {
            if (Scalar(node, where) is not { } scalar)
                return null;
            var full = Inside(_folder, scalar.Value, out var problem);
            if (full is null)
                bag.Add(ThemeCodes.PathEscapes, scalar.Span, $"{where} '{scalar.Value}' {problem}");
            return full;
        }

        private YScalar? Scalar(YNode node, string where)
        {
            if (node is YScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
                return scalar;
            bag.Add(ThemeCodes.WrongShape, node.Span, node is YScalar ? $"{where} is empty" : $"{where} must be a text");
            return null;
        }

        private YMapping? Mapping(YNode node, string where)
        {
            if (node is YMapping mapping)
                return mapping;
            bag.Add(ThemeCodes.WrongShape, node.Span, $"{where} must be a mapping");
            return null;
        }

        private Dictionary<string, YNode> Fields(YMapping mapping, ThemeKey spec, string where)
        {
            var result = new Dictionary<string, YNode>(StringComparer.Ordinal);
            var names = spec.Keys!.Select(k => k.Name).Where(n => n != "*").ToList();
            var open = spec.Find("*") is not null;
            foreach (var (key, value) in mapping.Entries)
            {
                if (spec.Find(key.Value) is null && !open)
                {
                    var inside = where.Length == 0 ? string.Empty : $" in {where}";
                    bag.Add(ThemeCodes.UnknownKey, key.Span, $"unknown key '{key.Value}'{inside}" + DidYouMean.Hint(key.Value, names));
                    continue;
                }

                result[key.Value] = value;
            }

            foreach (var key in spec.Keys!)
            {
                if (key.Required && key.Name != "*" && !result.ContainsKey(key.Name))
                    bag.Add(ThemeCodes.MissingKey, mapping.Span, $"'{(where.Length == 0 ? key.Name : where + "." + key.Name)}' is required");
            }

            return result;
        }
    }
}
