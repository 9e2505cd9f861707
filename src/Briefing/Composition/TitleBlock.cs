using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// The top of page 1: the kind of document, the title and subtitle over an accent rule, and the key
/// facts box (event facts on the left, document facts on the right).
/// </summary>
internal static class TitleBlock
{
    /// <summary>The title block.</summary>
    public static Element Build(ComposeContext context)
    {
        var type = context.Type;
        var brief = context.Brief;
        return L.Column(column =>
        {
            if (Masthead.Build(context) is { } masthead)
                column.Item(masthead.PaddingBottom(14));
            column.Item(context.Paragraph(context.Strings.DocumentKind, type.Kicker, type.SingleLine).PaddingBottom(4));
            column.Item(context.Paragraph(context.Text(brief.Title), type.Title, type.TitleParagraph, StructureRole.H1));
            if (brief.Subtitle is { } subtitle)
                column.Item(context.Paragraph(context.Text(subtitle), type.Subtitle, type.TitleParagraph).PaddingTop(3));
            column.Item(L.Line(2, context.Palette.Accent).PaddingVertical(10));
            column.Item(KeyFacts(context));
        });
    }

    /// <summary>
    /// The key facts box: event facts beside document facts, or under them when <paramref name="stacked"/>
    /// (a column of a parallel edition is too narrow for two tables side by side).
    /// </summary>
    internal static Element KeyFacts(ComposeContext context, bool stacked = false)
    {
        var brief = context.Brief;
        var strings = context.Strings;
        // Korean reports write dates compactly in such boxes (2025. 10. 30.(목)); English and French spell them out.
        string Date(DateOnly date) => context.Date(date);

        var eventFacts = new List<(string, string)>
        {
            (strings.LabelDate, Date(brief.Date)),
            (strings.LabelPlace, context.Text(brief.Location)),
        };
        if (brief.Occasion is { } occasion)
            eventFacts.Add((strings.LabelOccasion, context.Text(occasion)));

        var documentFacts = new List<(string, string)>();
        if (brief.Prepared.By is { } by)
            documentFacts.Add((strings.LabelPreparedBy, context.Text(by)));
        documentFacts.Add((strings.LabelPreparedOn, Date(brief.Prepared.On)));
        documentFacts.Add((strings.LabelDocument, $"{brief.Id} ({strings.VersionNumber(brief.Prepared.Version)})"));

        var type = context.Type;
        return L.Column(column =>
            {
                column.Spacing(6);
                column.Item(context.Paragraph(strings.SectionKeyFacts, type.Kicker, type.SingleLine));
                if (stacked)
                {
                    column.Item(FactTable(context, [.. eventFacts, .. documentFacts]));
                    return;
                }

                column.Item(L.Row(row =>
                {
                    row.Spacing(18);
                    row.RelativeItem(FactTable(context, eventFacts), 1.15);
                    row.RelativeItem(FactTable(context, documentFacts));
                }));
            })
            .Padding(new Thickness(12, 10, 12, 10))
            .Background(context.Palette.AccentTint);
    }

    private static Element FactTable(ComposeContext context, IReadOnlyList<(string Label, string Value)> facts)
    {
        var type = context.Type;
        var labelWidth = context.Profile.Metrics.FactLabelWidth;
        return L.Table(table =>
        {
            table.Columns(c => c.Constant(labelWidth).Relative());
            table.CellStyle(cell => cell.Padding(new Thickness(0, 2, 6, 2)));
            foreach (var (label, value) in facts)
            {
                table.Cell(context.Paragraph(label, type.Label, type.TightParagraph));
                table.Cell(context.Paragraph(value, type.Small, type.TightParagraph));
            }
        });
    }
}
