using Briefing.Typesetting.Drawing;

namespace Briefing.Composition;

/// <summary>
/// The colours of the document: one restrained accent (a deep navy by default), greys for text and rules, and
/// the signal colours of the classification banner and the status badges, which carry meaning and are not
/// themed. <see cref="Default"/> is the default theme's; a theme changes the accent, rules, table header and
/// banner text.
/// </summary>
public sealed record Palette
{
    /// <summary>The default look.</summary>
    public static Palette Default { get; } = new();

    /// <summary>The accent: section numbers, headings, links, the title rule.</summary>
    public Color Accent { get; init; } = Color.FromHex("#1f3a5f");

    /// <summary>A pale tint of the accent for boxes and group rows.</summary>
    public Color AccentTint { get; init; } = Color.FromHex("#eef2f7");

    /// <summary>A slightly stronger tint for table group rows.</summary>
    public Color AccentTintStrong { get; init; } = Color.FromHex("#dfe6ef");

    /// <summary>Body text: near-black, softer than pure black on white.</summary>
    public Color Text { get; init; } = Color.FromHex("#1b1f24");

    /// <summary>Secondary text: labels, notes, page furniture.</summary>
    public Color Muted { get; init; } = Color.FromHex("#5b6470");

    /// <summary>Hairlines and table grid.</summary>
    public Color Rule { get; init; } = Color.FromHex("#c8d0da");

    /// <summary>The background of a table's header row.</summary>
    public Color TableHeader { get; init; } = Color.FromHex("#1f3a5f");

    /// <summary>The text of the classification banner (on the classification's own colour).</summary>
    public Color BannerText { get; init; } = Color.White;

    /// <summary>
    /// The palette with <paramref name="accent"/> as its accent and the two tints mixed from it with white (8 % and
    /// 14 % of the accent, about what the default navy's tints are), so a theme that sets only an accent stays coherent.
    /// </summary>
    public Palette WithAccent(Color accent) => this with
    {
        Accent = accent,
        AccentTint = Mix(accent, 0.08),
        AccentTintStrong = Mix(accent, 0.14),
        TableHeader = accent,
    };

    private static Color Mix(Color colour, double amount) => new(
        (byte)Math.Round(255 - (255 - colour.R) * amount),
        (byte)Math.Round(255 - (255 - colour.G) * amount),
        (byte)Math.Round(255 - (255 - colour.B) * amount));
}
