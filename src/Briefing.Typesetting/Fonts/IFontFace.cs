namespace Briefing.Typesetting.Fonts;

/// <summary>
/// One face of a font (a family at one weight and style), as layout needs it: which characters it has
/// and how wide they are. Metrics are in em units (multiply by the font size to get points).
/// </summary>
public interface IFontFace
{
    /// <summary>The family name, e.g. "Noto Sans".</summary>
    string FamilyName { get; }

    /// <summary>The weight, 100 to 900 (400 regular, 700 bold).</summary>
    int Weight { get; }

    /// <summary>Whether this is an italic face.</summary>
    bool Italic { get; }

    /// <summary>The TrueType file this face comes from; the PDF writer embeds a subset of it.</summary>
    string FilePath { get; }

    /// <summary>Height above the baseline, in em (positive).</summary>
    double Ascent { get; }

    /// <summary>Depth below the baseline, in em (positive).</summary>
    double Descent { get; }

    /// <summary>Extra space the designer asks for between lines, in em.</summary>
    double LineGap { get; }

    /// <summary>Whether the face has a glyph for a Unicode scalar value.</summary>
    bool HasGlyph(int codePoint);

    /// <summary>The advance width of a code point's glyph, in em (0 when the face lacks it).</summary>
    double GetAdvance(int codePoint);
}
