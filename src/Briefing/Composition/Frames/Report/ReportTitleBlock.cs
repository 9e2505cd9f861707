using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// The head of a report's first page: the genre label (<c>회담 결과</c>) in a small box at the left, the title
/// centred in a box across the text width with the subtitle under it, and under the box, flush right, the
/// date the paper was prepared and the unit that prepared it.
/// </summary>
internal static class ReportTitleBlock
{
    /// <summary>The title block.</summary>
    public static Element Build(ReportComposition report)
    {
        var context = report.Context;
        var styles = report.Styles;
        var brief = context.Brief;
        var genre = context.Typesetter.Paragraph(ReportGenre.Label(context), styles.Genre, styles.HeadingParagraph, role: null)
            .Padding(new Thickness(6, 2, 6, 2))
            .Border(0.75, ReportStyles.Rule);
        var box = L.Column(column =>
            {
                column.Spacing(4);
                column.Item(context.Paragraph(context.Text(brief.Title), styles.Title, styles.Centered, StructureRole.H1));
                if (brief.Subtitle is { } subtitle)
                    column.Item(context.Paragraph(context.Text(subtitle), styles.Subtitle, styles.Centered));
            })
            .Padding(new Thickness(14, 12, 14, 12))
            .Border(1.25, ReportStyles.Rule);
        return L.Column(column =>
        {
            column.Spacing(8);
            // The theme's logo and organisation line above the genre label, as a ministry's letterhead.
            if (Masthead.Build(context) is { } masthead)
                column.Item(masthead);
            column.Item(L.Row(row => row.AutoItem(genre)));
            column.Item(box);
            column.Item(Issuer(report));
        });
    }

    private static Element Issuer(ReportComposition report)
    {
        var context = report.Context;
        var styles = report.Styles;
        var prepared = context.Brief.Prepared;
        return L.Column(column =>
        {
            column.Item(context.Paragraph(context.Date(prepared.On), styles.Issuer, styles.Right));
            // A report is issued by a unit; the preparer's name stands in when the brief gives no unit.
            if ((prepared.Unit ?? prepared.By) is { } unit)
                column.Item(context.Paragraph(context.Text(unit), styles.Issuer, styles.Right));
        });
    }
}
