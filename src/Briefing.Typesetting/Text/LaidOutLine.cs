namespace Briefing.Typesetting.Text;

/// <summary>
/// One line of a laid-out paragraph. Everything inside it is relative to the line itself (its top and its
/// <see cref="Left"/>), so a page break may fall between any two lines.
/// </summary>
/// <param name="Top">The line's top, from the paragraph's top (the sum of the heights of the lines above).</param>
/// <param name="Height">The line's height: the paragraph's line height times the largest font size on it.</param>
/// <param name="Baseline">The baseline, from the line's top (the glyphs centred in the leading, as CSS does).</param>
/// <param name="Left">Where the line starts, from the paragraph's left edge: indent plus alignment offset.</param>
/// <param name="Width">The width of the line's content as drawn (trailing spaces excluded, justification included).</param>
/// <param name="Runs">The runs to draw, left to right.</param>
/// <param name="IsLast">Whether this is the paragraph's last line.</param>
/// <param name="Text">The characters of this line, without the spaces and newline it ends with (invisible ones such as a tab or zero-width space included, though no run draws them).</param>
public sealed record LaidOutLine(
    double Top,
    double Height,
    double Baseline,
    double Left,
    double Width,
    IReadOnlyList<PlacedRun> Runs,
    bool IsLast,
    string Text);
