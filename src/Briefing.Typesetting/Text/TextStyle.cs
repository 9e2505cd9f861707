using Briefing.Typesetting.Drawing;

namespace Briefing.Typesetting.Text;

/// <summary>
/// How a span of text looks. <see cref="FontFamily"/> is a comma-separated fallback chain, first choice
/// first, as in CSS: "Noto Sans, NanumGothic" draws Latin in Noto Sans and Hangul in NanumGothic.
/// </summary>
public sealed record TextStyle
{
    /// <summary>The fallback chain of family names, comma-separated.</summary>
    public string FontFamily { get; init; } = "Noto Sans";

    /// <summary>The size in points.</summary>
    public double FontSize { get; init; } = 10;

    /// <summary>The weight, 100 to 900 (400 regular, 700 bold).</summary>
    public int Weight { get; init; } = 400;

    /// <summary>Italic or upright.</summary>
    public bool Italic { get; init; }

    /// <summary>The colour of the glyphs.</summary>
    public Color Color { get; init; } = Color.Black;

    /// <summary>Whether the text is underlined.</summary>
    public bool Underline { get; init; }

    /// <summary>The family names of the chain, trimmed, in order.</summary>
    public IReadOnlyList<string> Families => FontFamily.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
