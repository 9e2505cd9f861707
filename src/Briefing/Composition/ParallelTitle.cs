using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// The title block of one column of a parallel edition: the one-language title block's parts, in two pairs
/// so that the key facts boxes start level whatever the titles' lengths, the facts stacked in one table.
/// </summary>
internal static class ParallelTitle
{
    private const double TitleSize = 18;

    /// <summary>The kind of document, the title and subtitle over the accent rule.</summary>
    public static Element Heading(ComposeContext context)
    {
        var type = context.Type;
        var brief = context.Brief;
        return L.Column(column =>
        {
            column.Item(context.Paragraph(context.Strings.DocumentKind, type.Kicker, type.SingleLine).PaddingBottom(4));
            // A size smaller than a one-language title: a column holds half the width.
            column.Item(context.Paragraph(context.Text(brief.Title), type.Title with { FontSize = TitleSize }, type.TitleParagraph, StructureRole.H1));
            if (brief.Subtitle is { } subtitle)
                column.Item(context.Paragraph(context.Text(subtitle), type.Subtitle, type.TitleParagraph).PaddingTop(3));
        });
    }

    /// <summary>The accent rule and the key facts box, event and document facts in one table.</summary>
    public static Element KeyFacts(ComposeContext context) =>
        L.Column(column =>
        {
            column.Item(L.Line(2, context.Palette.Accent).PaddingBottom(10));
            column.Item(TitleBlock.KeyFacts(context, stacked: true));
        });
}
