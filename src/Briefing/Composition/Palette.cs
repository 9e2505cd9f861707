using Briefing.Typesetting.Drawing;

namespace Briefing.Composition;

/// <summary>
/// The colours of the document: one restrained accent (a deep navy), greys for text and rules, and
/// the signal colours of the classification banner and the status badges, which carry meaning.
/// </summary>
internal static class Palette
{
    /// <summary>The accent: section numbers, headings, links, the title rule.</summary>
    public static Color Accent { get; } = Color.FromHex("#1f3a5f");

    /// <summary>A pale tint of the accent for boxes and group rows.</summary>
    public static Color AccentTint { get; } = Color.FromHex("#eef2f7");

    /// <summary>A slightly stronger tint for table group rows.</summary>
    public static Color AccentTintStrong { get; } = Color.FromHex("#dfe6ef");

    /// <summary>Body text: near-black, softer than pure black on white.</summary>
    public static Color Text { get; } = Color.FromHex("#1b1f24");

    /// <summary>Secondary text: labels, notes, page furniture.</summary>
    public static Color Muted { get; } = Color.FromHex("#5b6470");

    /// <summary>Hairlines and table grid.</summary>
    public static Color Rule { get; } = Color.FromHex("#c8d0da");
}
