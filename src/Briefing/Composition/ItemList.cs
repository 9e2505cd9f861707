using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// A numbered list of items inside a section (agreements, questions): <c>가.</c> <c>나.</c> in Korean
/// reports, <c>3.1</c> <c>3.2</c> in English, labels in the accent colour and bodies hanging under
/// the first line. A list the profile leaves unlabelled (a Korean list of a single item, the report rule)
/// is its body alone.
/// </summary>
internal static class ItemList
{
    /// <summary>The space between items, in points.</summary>
    private const double ItemSpacing = 12;

    /// <summary>The list of <paramref name="count"/> items whose bodies <paramref name="body"/> builds (0-based).</summary>
    public static Element Build(ComposeContext context, int section, int count, Func<int, Element> body)
    {
        var type = context.Type;
        if (count == 1 && !context.Profile.Lists.Outline.LabelsList(count))
            return body(0);
        return L.List(list =>
        {
            list.LabelWidth(context.Type.ItemLabelWidth).Gap(4).Spacing(ItemSpacing);
            for (var i = 0; i < count; i++)
            {
                var label = context.Paragraph(context.ItemLabel(section, i + 1), type.ItemTitle with { Color = context.Palette.Accent }, type.TightParagraph, role: null);
                list.Item(label, body(i));
            }
        });
    }

    /// <summary>
    /// The list with each item in pieces (<paramref name="pieces"/> of item i, 0-based; its first piece beside the
    /// label), one row per piece, one LI per item: a parallel edition pairs the pieces one by one. The space
    /// between items is the list's; the space above a later piece is its own.
    /// </summary>
    public static Element BuildInPieces(ComposeContext context, int section, int count, Func<int, IReadOnlyList<Element>> pieces)
    {
        var type = context.Type;
        if (count == 1 && !context.Profile.Lists.Outline.LabelsList(count))
        {
            return L.Column(column =>
            {
                foreach (var piece in pieces(0))
                    column.Item(piece);
            });
        }

        return L.List(list =>
        {
            list.LabelWidth(type.ItemLabelWidth).Gap(4);
            for (var i = 0; i < count; i++)
            {
                var parts = pieces(i);
                // The space between items goes above the label and the first piece alike, so both start level.
                var above = i > 0 ? ItemSpacing : 0;
                var label = context.Paragraph(context.ItemLabel(section, i + 1), type.ItemTitle with { Color = context.Palette.Accent }, type.TightParagraph, role: null);
                list.Item(label.PaddingTop(above), parts[0].PaddingTop(above));
                for (var k = 1; k < parts.Count; k++)
                    list.Continue(parts[k]);
            }
        });
    }

    /// <summary>What an id names, in the language: an agreement's title, a participant's name and title, or a delegation's name.</summary>
    public static string NameOf(ComposeContext context, string id)
    {
        var brief = context.Brief;
        foreach (var delegation in brief.Delegations)
        {
            if (delegation.Id.Value == id)
                return context.Text(delegation.Name);
        }

        foreach (var participant in brief.Participants)
        {
            if (participant.Id.Value == id)
                return context.Profile.WithTitle(context.Text(participant.Name), context.Text(participant.Title));
        }

        foreach (var agreement in brief.Agreements)
        {
            if (agreement.Id.Value == id)
                return context.Text(agreement.Title);
        }

        return id;
    }

    /// <summary>The destination an id's link goes to, or null when the id names nothing in the document.</summary>
    public static string? AnchorOf(ComposeContext context, string id)
    {
        var brief = context.Brief;
        foreach (var agreement in brief.Agreements)
        {
            if (agreement.Id.Value == id)
                return Anchors.Agreement(context, id);
        }

        foreach (var participant in brief.Participants)
        {
            if (participant.Id.Value == id)
                return Anchors.Participant(context, id);
        }

        foreach (var delegation in brief.Delegations)
        {
            // A delegation's group row exists only when it has participants.
            if (delegation.Id.Value == id && brief.Participants.Any(p => p.Delegation?.Value == id))
                return Anchors.Delegation(context, id);
        }

        return null;
    }
}
