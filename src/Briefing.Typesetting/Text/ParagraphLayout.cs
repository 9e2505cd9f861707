namespace Briefing.Typesetting.Text;

/// <summary>A paragraph broken into lines (space before and after the paragraph is not included).</summary>
/// <param name="Lines">The lines, top to bottom.</param>
/// <param name="Width">The width the lines use: the largest <c>Left + Width</c> of a line (0 when there are none).</param>
/// <param name="Height">The sum of the line heights.</param>
public sealed record ParagraphLayout(IReadOnlyList<LaidOutLine> Lines, double Width, double Height);
