using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// A numbered section: its heading (tagged H1, an outline entry, kept with what follows) over its
/// content, the whole tagged as a section. <c>1.</c> numbers the top level in both languages.
/// </summary>
internal static class SectionHeading
{
    /// <summary>The width of the number column, which item lists inside sections align with.</summary>
    public const double NumberWidth = 24;

    /// <summary>The section with its heading.</summary>
    public static Element Section(ComposeContext context, int number, string title, Element content)
    {
        var label = context.Profile.Lists.Outline.SectionLabel(number);
        var type = context.Type;
        // Number and title in a row, so a long title wraps under itself, not under the number.
        var heading = L.Row(row =>
            {
                row.ConstantItem(NumberWidth, context.Paragraph(label, type.Heading, type.HeadingParagraph, role: null));
                row.RelativeItem(context.Paragraph(title, type.Heading with { Color = context.Palette.Text }, type.HeadingParagraph, role: null));
            })
            .Tagged(StructureRole.H1)
            .Bookmark($"{label} {title}", context.OutlineLevel);
        return L.Column(column =>
            {
                column.Spacing(6);
                column.Item(L.Column(inner =>
                {
                    inner.Spacing(3);
                    inner.Item(heading);
                    inner.Item(L.Line(0.75, context.Palette.Rule));
                }).KeepTogether().KeepWithNext()); // the rule never parts from its heading, nor the heading from the content
                column.Item(content);
            })
            .Tagged(StructureRole.Sect);
    }
}
