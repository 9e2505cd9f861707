using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// The agreements: each numbered (<c>가.</c> / <c>3.1</c>), its title, status badge and parties, then its
/// summary. Each agreement is a named destination the questions link to.
/// </summary>
internal static class AgreementsSection
{
    /// <summary>The section's content, or null when the brief records no agreements.</summary>
    public static Element? Build(ComposeContext context, int section)
    {
        var agreements = context.Brief.Agreements;
        if (agreements.Count == 0)
            return null;
        return ItemList.Build(context, section, agreements.Count, i => Item(context, i));
    }

    /// <summary>The body of the <paramref name="index"/>-th agreement (0-based), without its number.</summary>
    public static Element Item(ComposeContext context, int index)
    {
        var type = context.Type;
        var agreement = context.Brief.Agreements[index];
        var parties = new List<string>();
        foreach (var party in agreement.Parties)
            parties.Add(ItemList.NameOf(context, party.Value));
        return L.Column(column =>
            {
                column.Spacing(5);
                column.Item(context.Paragraph(context.Text(agreement.Title), type.ItemTitle, type.TightParagraph, StructureRole.H2).KeepWithNext());
                column.Item(L.Row(row =>
                {
                    row.Spacing(8);
                    row.AutoItem(StatusBadge.Build(context, agreement.Status));
                    if (parties.Count > 0)
                    {
                        row.RelativeItem(context.Typesetter.Paragraph(type.Small, type.TightParagraph, p =>
                        {
                            p.Span(context.Profile.Polish(context.Strings.LabelParties + ":") + " ", type.Label);
                            p.Span(string.Join(", ", parties), type.SmallMuted);
                        }).PaddingTop(1.5));
                    }
                }).KeepWithNext());
                column.Item(context.Prose.Render(agreement.Summary.Get(context.Language)));
            })
            .Destination(Anchors.Agreement(context, agreement.Id.Value));
    }
}
