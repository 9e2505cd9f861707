using Briefing.Typesetting.Fonts;

namespace Briefing.Typesetting.Tests.Text.Fakes;

/// <summary>A face whose every glyph it has is the same width: widths in tests can be computed by hand.</summary>
internal sealed class FixedWidthFace(string familyName, Func<int, bool> covers, double advance, double ascent, double descent)
    : IFontFace
{
    /// <summary>Printable ASCII and combining diacritics, 0.5 em wide, ascent 0.8 and descent 0.2.</summary>
    public static FixedWidthFace Latin() => new("Latin", cp => cp is >= 0x20 and <= 0x7E or >= 0x300 and <= 0x36F, 0.5, 0.8, 0.2);

    /// <summary>Hangul syllables only, 1 em wide, ascent 0.9 and descent 0.3.</summary>
    public static FixedWidthFace Hangul() => new("Hangul", cp => cp is >= 0xAC00 and <= 0xD7A3, 1.0, 0.9, 0.3);

    public string FamilyName { get; } = familyName;
    public int Weight => 400;
    public bool Italic => false;
    public string FilePath => $"/fake/{FamilyName}.ttf";
    public double Ascent { get; } = ascent;
    public double Descent { get; } = descent;
    public double LineGap => 0;
    public bool HasGlyph(int codePoint) => covers(codePoint);
    public double GetAdvance(int codePoint) => covers(codePoint) ? advance : 0;
}
