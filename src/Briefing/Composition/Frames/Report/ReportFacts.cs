using Briefing.Typesetting.Layout;

namespace Briefing.Composition.Frames.Report;

/// <summary>The report's outline of the event, its first part: □ 일시, □ 장소, □ 계기, each a keyword and its fact.</summary>
internal static class ReportFacts
{
    /// <summary>The points of the outline.</summary>
    public static Element Build(ReportComposition report)
    {
        var context = report.Context;
        var brief = context.Brief;
        var strings = context.Strings;
        var facts = new List<(string Label, string Value)>
        {
            (strings.LabelDate, context.Date(brief.Date)),
            (strings.LabelPlace, context.Text(brief.Location)),
        };
        if (brief.Occasion is { } occasion)
            facts.Add((strings.LabelOccasion, context.Text(occasion)));
        var points = facts
            .Select(fact => report.Prose.Point(0, (p, style) =>
            {
                p.Span(context.Profile.Polish(fact.Label + ":") + " ", style with { Weight = 700 });
                p.Span(fact.Value, style);
            }))
            .ToList();
        return report.Prose.Points(points, 0);
    }
}
