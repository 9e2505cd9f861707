namespace Briefing.Typesetting.Text;

/// <summary>
/// One line of a laid-out paragraph. Everything inside it is relative to the line itself (its top and its
/// <see cref="Left"/>), so a page break may fall between any two lines.
/// </summary>
public sealed record LaidOutLine
{
    // The line's characters are cut out of the paragraph's text only when asked for (an overflow message, a
    // test): layout makes a line at every width a paragraph is tried at, and drawing never reads them.
    private readonly string _paragraphText;
    private readonly int _start;
    private readonly int _length;

    /// <summary>Creates a line whose characters are <paramref name="paragraphText"/>[<paramref name="start"/>..<paramref name="end"/>).</summary>
    internal LaidOutLine(
        double top, double height, double baseline, double left, double width, IReadOnlyList<PlacedRun> runs, bool isLast,
        string paragraphText, int start, int end)
    {
        Top = top;
        Height = height;
        Baseline = baseline;
        Left = left;
        Width = width;
        Runs = runs;
        IsLast = isLast;
        _paragraphText = paragraphText;
        _start = start;
        _length = end - start;
    }

    /// <summary>The line's top, from the paragraph's top (the sum of the heights of the lines above).</summary>
    public double Top { get; init; }

    /// <summary>The line's height: the paragraph's line height times the largest font size on it.</summary>
    public double Height { get; init; }

    /// <summary>The baseline, from the line's top (the glyphs centred in the leading, as CSS does).</summary>
    public double Baseline { get; init; }

    /// <summary>Where the line starts, from the paragraph's left edge: indent plus alignment offset.</summary>
    public double Left { get; init; }

    /// <summary>The width of the line's content as drawn (trailing spaces excluded, justification included).</summary>
    public double Width { get; init; }

    /// <summary>The runs to draw, left to right.</summary>
    public IReadOnlyList<PlacedRun> Runs { get; init; }

    /// <summary>Whether this is the paragraph's last line.</summary>
    public bool IsLast { get; init; }

    /// <summary>
    /// The characters of this line, without the spaces and newline it ends with (invisible ones such as a tab or
    /// zero-width space included, though no run draws them). Made anew at each call.
    /// </summary>
    public string Text => _paragraphText.Substring(_start, _length);
}
