using Briefing.Typesetting.Fonts;

namespace Briefing.Typesetting.Drawing;

/// <summary>
/// A piece of text in one face, size and colour, ready to draw: the smallest unit the PDF writer sees.
/// <see cref="Width"/> is the sum of the glyph advances, which is what the PDF writer draws (no kerning), except
/// for the one space a paragraph keeps at the end of a line that broke at a space (so extracted text reads
/// "word word"): that space is not counted, as it draws nothing and must not move alignment.
/// </summary>
public sealed record TextRun(
    string Text,
    IFontFace Face,
    double FontSize,
    Color Color,
    double Width,
    bool Underline = false);
