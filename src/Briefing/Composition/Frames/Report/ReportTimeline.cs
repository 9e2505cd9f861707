using Briefing.Typesetting.Layout;

namespace Briefing.Composition.Frames.Report;

/// <summary>The timeline as □ points, each its date as a keyword and the event: <c>□ 2025. 10. 29.(수): 카니 총리, … 방한</c>.</summary>
internal static class ReportTimeline
{
    /// <summary>The section's content, or null when the brief has no timeline.</summary>
    public static Element? Build(ReportComposition report)
    {
        var context = report.Context;
        var timeline = context.Brief.Timeline;
        if (timeline.Count == 0)
            return null;
        var points = timeline
            .Select(entry => report.Prose.Point(0, (p, style) =>
            {
                p.Span(context.Profile.Polish(context.Date(entry.Date) + ":") + " ", style with { Weight = 700 });
                p.Span(context.Text(entry.Event), style);
            }))
            .ToList();
        return report.Prose.Points(points, 0);
    }
}
