using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// A numbered part of a report: <c>1. 개요</c> in Gothic bold (tagged H1, a bookmark, kept with what follows),
/// its points indented under it, the whole tagged as a section. No rule and no colour: a report is black on white.
/// </summary>
internal static class ReportSection
{
    /// <summary>The section with its heading.</summary>
    public static Element Build(ReportComposition report, int number, string title, Element content)
    {
        var context = report.Context;
        var styles = report.Styles;
        var label = context.Profile.Lists.Outline.SectionLabel(number);
        var heading = L.Row(row =>
            {
                row.ConstantItem(LabelColumn(context, [label], styles.Heading, styles.HeadingParagraph, styles.Heading.FontSize * 1.6), context.Paragraph(label, styles.Heading, styles.HeadingParagraph, role: null));
                row.RelativeItem(context.Paragraph(title, styles.Heading, styles.HeadingParagraph, role: null));
            })
            .Tagged(StructureRole.H1)
            .Bookmark($"{label} {title}", context.OutlineLevel);
        return L.Column(column =>
            {
                column.Spacing(6);
                column.Item(heading.KeepWithNext());
                column.Item(content.PaddingLeft(styles.Heading.FontSize * 0.5));
            })
            .Tagged(StructureRole.Sect);
    }

    /// <summary>
    /// A numbered item inside a section (<c>가. …</c>, H2), its points under it; a list of one item takes no
    /// label, as the report rule has it. An item with an anchor is a link target.
    /// </summary>
    public static Element Items(ReportComposition report, int section, int count, Func<int, (string Title, Element Content, string? Anchor)> item)
    {
        var context = report.Context;
        var styles = report.Styles;
        var labelled = count > 1 || context.Profile.Lists.Outline.LabelsList(count);
        var labelWidth = labelled
            ? LabelColumn(context, Enumerable.Range(1, count).Select(i => context.ItemLabel(section, i)), styles.ItemHeading, styles.HeadingParagraph, styles.ItemHeading.FontSize * 1.8)
            : 0;
        return L.Column(column =>
        {
            column.Spacing(10);
            for (var i = 0; i < count; i++)
            {
                var (title, content, anchor) = item(i);
                var heading = labelled
                    ? L.Row(row =>
                        {
                            row.ConstantItem(labelWidth, context.Paragraph(context.ItemLabel(section, i + 1), styles.ItemHeading, styles.HeadingParagraph, role: null));
                            row.RelativeItem(context.Paragraph(title, styles.ItemHeading, styles.HeadingParagraph, role: null));
                        }).Tagged(StructureRole.H2)
                    : context.Paragraph(title, styles.ItemHeading, styles.HeadingParagraph, StructureRole.H2);
                var whole = L.Column(inner =>
                {
                    inner.Spacing(4);
                    inner.Item(heading.KeepWithNext());
                    inner.Item(content);
                });
                column.Item(anchor is null ? whole : whole.Destination(anchor));
            }
        });
    }

    // At least the frame's width for a label, and wide enough for the widest one with a space after it: an
    // English outline's "3.22" would otherwise wrap inside the column meant for "가.", and "10." touch its title.
    private static double LabelColumn(ComposeContext context, IEnumerable<string> labels, TextStyle style, ParagraphStyle paragraph, double minimum)
    {
        var widest = 0.0;
        foreach (var label in labels)
        {
            var lines = context.Typesetter.LayOut([new TextSpan(label, style)], paragraph, 10_000).Lines;
            if (lines.Count > 0)
                widest = Math.Max(widest, lines.Max(l => l.Width));
        }
        return Math.Max(minimum, widest + style.FontSize * 0.4);
    }
}
