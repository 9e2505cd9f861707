using Briefing.Typesetting.Fonts;

namespace Briefing.Typesetting.Drawing;

/// <summary>
/// A piece of text in one face, size and colour, ready to draw: the smallest unit the PDF writer sees.
/// <see cref="Width"/> is the sum of the glyph advances, which is what PDFsharp draws (no kerning).
/// </summary>
public sealed record TextRun(
    string Text,
    IFontFace Face,
    double FontSize,
    Color Color,
    double Width,
    bool Underline = false);
