using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Composition;

/// <summary>The timeline: a two-column table of dates and events, in the brief's order.</summary>
internal static class TimelineSection
{
    private const int ShortTimeline = 8;

    /// <summary>The section's content, or null when the brief has no timeline.</summary>
    public static Element? Build(ComposeContext context)
    {
        var table = Table(context);
        return table is not null && KeepsTogether(context.Brief) ? table.KeepTogether() : table;
    }

    /// <summary>
    /// The table alone, or null when the brief has no timeline; a parallel edition pairs its rows with the
    /// other language's (and keeps them together as <see cref="KeepsTogether"/> says).
    /// </summary>
    public static Element? Table(ComposeContext context)
    {
        var timeline = context.Brief.Timeline;
        if (timeline.Count == 0)
            return null;
        var type = context.Type;
        var dateWidth = context.Profile.Metrics.TimelineDateWidth;
        return Typesetting.Fluent.Blocks.Table(table =>
        {
            table.Columns(c => c.Constant(dateWidth).Relative());
            table.CellStyle(cell => cell.Padding(new Thickness(6, 4, 6, 4)).Border(0.5, context.Palette.Rule));
            table.KeepRowsTogether();
            foreach (var entry in timeline)
            {
                var date = context.Date(entry.Date);
                table.Cell(context.Paragraph(date, type.SmallBold with { Color = context.Palette.Accent }, type.TightParagraph), c => c.Background(context.Palette.AccentTint));
                table.Cell(context.Paragraph(context.Text(entry.Event), type.Small, type.TightParagraph));
            }
        });
    }

    /// <summary>
    /// Whether the timeline moves whole rather than split: a short one reads as one piece, and rather than
    /// leave a row or two at the foot of a page, it moves.
    /// </summary>
    public static bool KeepsTogether(Brief brief) => brief.Timeline.Count <= ShortTimeline;
}
