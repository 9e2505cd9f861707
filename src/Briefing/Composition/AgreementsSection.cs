using Briefing.Model;
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

    /// <summary>
    /// Whether the <paramref name="index"/>-th agreement can be set in pieces beside its counterpart in
    /// <paramref name="other"/>: both summaries open with a paragraph and have the same blocks.
    /// </summary>
    public static bool Splits(ComposeContext context, ComposeContext other, int index)
    {
        var summary = context.Brief.Agreements[index].Summary;
        return ProseRenderer.PairsPieceByPiece(summary.Get(context.Language), summary.Get(other.Language));
    }

    /// <summary>
    /// The <paramref name="index"/>-th agreement in pieces a parallel edition pairs one by one: title, status and
    /// parties with the first paragraph of the summary, then each further paragraph and bullet (see
    /// <see cref="ProseRenderer.PiecesAfterFirst"/>); the whole agreement as one piece unless it <paramref name="split"/>s.
    /// </summary>
    public static IReadOnlyList<Element> Pieces(ComposeContext context, int index, bool split, double gap, double bulletSpacing)
    {
        if (!split)
            return [Item(context, index)];
        var summary = context.Brief.Agreements[index].Summary.Get(context.Language);
        var type = context.Type;
        var pieces = new List<Element> { Body(context, index, context.Prose.Paragraph((ProseParagraph)summary.Blocks[0], type.Body, type.BodyParagraph)) };
        pieces.AddRange(context.Prose.PiecesAfterFirst(summary, gap, bulletSpacing));
        return pieces;
    }

    /// <summary>The body of the <paramref name="index"/>-th agreement (0-based), without its number.</summary>
    public static Element Item(ComposeContext context, int index) =>
        Body(context, index, context.Prose.Render(context.Brief.Agreements[index].Summary.Get(context.Language)));

    // Title, status and parties over the summary (or the first piece of it): the agreement's link target.
    private static Element Body(ComposeContext context, int index, Element summary)
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
                column.Item(summary);
            })
            .Destination(Anchors.Agreement(context, agreement.Id.Value));
    }
}
