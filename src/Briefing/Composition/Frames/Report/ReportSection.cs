using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
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
                row.ConstantItem(styles.Heading.FontSize * 1.6, context.Paragraph(label, styles.Heading, styles.HeadingParagraph, role: null));
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
        return L.Column(column =>
        {
            column.Spacing(10);
            for (var i = 0; i < count; i++)
            {
                var (title, content, anchor) = item(i);
                var heading = labelled
                    ? L.Row(row =>
                        {
                            row.ConstantItem(styles.ItemHeading.FontSize * 1.8, context.Paragraph(context.ItemLabel(section, i + 1), styles.ItemHeading, styles.HeadingParagraph, role: null));
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
}
