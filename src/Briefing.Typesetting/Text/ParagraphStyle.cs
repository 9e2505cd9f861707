namespace Briefing.Typesetting.Text;

/// <summary>How a paragraph is set: alignment, leading, spacing and indents (points unless said).</summary>
public sealed record ParagraphStyle
{
    /// <summary>Alignment of the lines.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Line height as a multiple of the largest font size on the line (1.6 is Korean reports' 160%).</summary>
    public double LineHeight { get; init; } = 1.3;

    /// <summary>Space above the paragraph.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Space below the paragraph.</summary>
    public double SpaceAfter { get; init; }

    /// <summary>Indent of the first line from the paragraph's left edge.</summary>
    public double FirstLineIndent { get; init; }

    /// <summary>Indent of every line after the first from the left edge (a hanging indent when larger than the first line's).</summary>
    public double HangingIndent { get; init; }

    /// <summary>
    /// Keep-all: no line break between two Hangul syllables, only at spaces and after punctuation, as
    /// modern Korean documents are set. On by default; a word wider than the line still breaks.
    /// </summary>
    public bool KeepAll { get; init; } = true;
}
