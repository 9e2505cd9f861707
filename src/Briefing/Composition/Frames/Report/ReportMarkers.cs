namespace Briefing.Composition.Frames.Report;

/// <summary>
/// The item markers of a 개조식 report, by level under the <c>1.</c> <c>가.</c> numbering: □ for a point,
/// ○ for what it contains, - below that, and ※ for a note (a source, a cross-reference, a caveat).
/// </summary>
internal static class ReportMarkers
{
    /// <summary>A point (first level).</summary>
    public const string Square = "\u25A1";

    /// <summary>A sub-point (second level).</summary>
    public const string Circle = "\u25CB";

    /// <summary>A detail (third level and below).</summary>
    public const string Dash = "-";

    /// <summary>A note.</summary>
    public const string Note = "\u203B";

    /// <summary>The marker of a level (0: □, 1: ○, 2 and deeper: -).</summary>
    public static string ForLevel(int level) =>
        level switch
        {
            0 => Square,
            1 => Circle,
            _ => Dash,
        };
}
