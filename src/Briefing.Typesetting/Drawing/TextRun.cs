using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Fonts.Shaping;

namespace Briefing.Typesetting.Drawing;

/// <summary>
/// A piece of text in one face, size and colour, ready to draw: the smallest unit the PDF writer sees.
/// <see cref="Width"/> is the sum of the shaped advances (<see cref="Glyphs"/>, kerning included), except
/// for the one space a paragraph keeps at the end of a line that broke at a space (so extracted text reads
/// "word word"): that space is not counted, as it draws nothing and must not move alignment.
/// A justified line is one run whose <see cref="WordSpacing"/> widens each space; <see cref="Width"/> then
/// includes that extra room.
/// </summary>
/// <param name="Text">The characters.</param>
/// <param name="Face">The face that draws them.</param>
/// <param name="FontSize">The size in points.</param>
/// <param name="Color">The fill colour.</param>
/// <param name="Width">The drawn width in points.</param>
/// <param name="Underline">Whether a line is drawn under the run.</param>
/// <param name="WordSpacing">Extra points after each space (U+0020, U+00A0, U+3000) that has text after it in the run.</param>
public sealed record TextRun(
    string Text,
    IFontFace Face,
    double FontSize,
    Color Color,
    double Width,
    bool Underline = false,
    double WordSpacing = 0)
{
    /// <summary>
    /// The glyphs that draw <see cref="Text"/>, as the shaper placed them: a glyph's cluster starts at
    /// <c>Text[glyph.Cluster - ClusterStart]</c>. Empty when the face could not be shaped: the PDF writer then
    /// draws each character's own glyph at its plain advance.
    /// </summary>
    public ReadOnlyMemory<ShapedGlyph> Glyphs { get; init; }

    /// <summary>
    /// The cluster index that stands for <c>Text[0]</c> in <see cref="Glyphs"/> (0 when the clusters count from
    /// the run's own text). A paragraph's runs are slices of the paragraph's shaped glyphs, whose clusters count
    /// from the paragraph's first character: the run's start in the paragraph is its <see cref="ClusterStart"/>.
    /// </summary>
    public int ClusterStart { get; init; }

    /// <summary>Whether justification widens this character (see <see cref="WordSpacing"/>).</summary>
    public static bool Stretches(char c) => c is ' ' or '\u00A0' or '\u3000';
}
