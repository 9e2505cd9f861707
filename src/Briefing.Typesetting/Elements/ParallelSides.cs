using Briefing.Typesetting.Drawing;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// What the pairs of one <see cref="Parallel"/> share: the gutter, the rule in it, each column's language,
/// and the keys of the two column structure elements (one per column, continued by every pair).
/// </summary>
internal sealed class ParallelSides(double gutter, double ruleWidth, Color ruleColor, string? leftLanguage, string? rightLanguage)
{
    /// <summary>The space between the columns, in points.</summary>
    public double Gutter { get; } = gutter;

    /// <summary>The thickness of the rule down the middle of the gutter; 0 draws none.</summary>
    public double RuleWidth { get; } = ruleWidth;

    /// <summary>The colour of the rule.</summary>
    public Color RuleColor { get; } = ruleColor;

    /// <summary>The left column's language (BCP 47), written as its structure element's /Lang; null writes none.</summary>
    public string? LeftLanguage { get; } = leftLanguage;

    /// <summary>The right column's language.</summary>
    public string? RightLanguage { get; } = rightLanguage;

    /// <summary>The key of the left column's structure element: every pair's left part joins it.</summary>
    public object LeftKey { get; } = new();

    /// <summary>The key of the right column's structure element.</summary>
    public object RightKey { get; } = new();

    /// <summary>The width of one column in <paramref name="width"/>.</summary>
    public double ColumnWidth(double width) => Math.Max(0, (width - Gutter) / 2);
}
