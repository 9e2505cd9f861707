namespace Briefing.Typesetting.Fonts.Shaping;

/// <summary>
/// One glyph as the shaper placed it: which glyph of the face, which characters it stands for, and how far it
/// moves the pen. Metrics are in em (multiply by the font size to get points).
/// </summary>
/// <param name="GlyphId">The glyph id in the face's font file.</param>
/// <param name="Cluster">
/// The index, in the run's text, of the first character of the cluster the glyph belongs to. Glyphs come in
/// text order; a ligature (one glyph for "fi") has the index of its first character, and every glyph of a
/// cluster that several glyphs draw (a base and its mark) has the same index.
/// </param>
/// <param name="Advance">How far the pen moves after the glyph, in em: the glyph's width plus any kerning.</param>
/// <param name="XOffset">How far the glyph is drawn right of the pen, in em (a mark placed over its base).</param>
/// <param name="YOffset">How far the glyph is drawn above the baseline, in em.</param>
public readonly record struct ShapedGlyph(int GlyphId, int Cluster, double Advance, double XOffset, double YOffset);
