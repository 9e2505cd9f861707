using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// A report's page furniture: the marking at the top (only on a marked paper), and at the bottom the page
/// number as <c>- 1 -</c>, centred, over the marking. No running title and no page count: a report is short.
/// </summary>
internal static class ReportFurniture
{
    /// <summary>The header of every page, or null for an unmarked paper (no header at all).</summary>
    public static Func<PageContext, Element>? Header(ReportComposition report) =>
        ReportMarking.IsMarked(report.Context.Brief.Classification) ? _ => ReportMarking.Build(report) : null;

    /// <summary>The footer of a page.</summary>
    public static Element Footer(ReportComposition report, PageContext page)
    {
        var context = report.Context;
        var number = context.Typesetter.Paragraph(context.Strings.ReportPageNumber(page.PageNumber), report.Styles.PageNumber, report.Styles.Centered, role: null);
        if (!ReportMarking.IsMarked(context.Brief.Classification))
            return number;
        return L.Column(column =>
        {
            column.Spacing(6);
            column.Item(number);
            column.Item(ReportMarking.Build(report));
        });
    }
}
