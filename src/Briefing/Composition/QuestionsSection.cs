using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// The outstanding questions, numbered: the question, its context, and "Related:" links to the
/// agreements, participants or delegations it concerns, inside the same PDF.
/// </summary>
internal static class QuestionsSection
{
    /// <summary>The section's content, or null when the brief has no open questions.</summary>
    public static Element? Build(ComposeContext context, int section)
    {
        var questions = context.Brief.Questions;
        if (questions.Count == 0)
            return null;
        return ItemList.Build(context, section, questions.Count, i => Item(context, section, i));
    }

    /// <summary>The body of the <paramref name="index"/>-th question (0-based) of section <paramref name="section"/>, without its number.</summary>
    public static Element Item(ComposeContext context, int section, int index)
    {
        var type = context.Type;
        var question = context.Brief.Questions[index];
        return L.Column(column =>
        {
            column.Spacing(5);
            // Only the related line shows page numbers: a body composed again with a layout's pages takes the
            // question and its context as the first composition made them (see ComposedParts).
            // The question heads its item: it never ends a page without its context below it.
            column.Item(context.Reuse($"{BriefFields.Questions}[{index}].text",
                () => context.Paragraph(context.Text(question.Text), type.ItemTitle, type.TightParagraph).KeepWithNext())!);
            if (question.Context is { } prose)
                column.Item(context.Reuse($"{BriefFields.Questions}[{index}].context", () => context.Prose.Render(prose.Get(context.Language)))!);
            if (question.Related.Count > 0)
                column.Item(Related(context, section, question.Related));
        });
    }

    /// <summary>
    /// Whether the <paramref name="index"/>-th question can be set in pieces beside its counterpart in
    /// <paramref name="other"/>: both contexts open with a paragraph and have the same blocks
    /// (<see cref="ProseRenderer.PairsPieceByPiece"/>). Otherwise the question is one piece.
    /// </summary>
    public static bool Splits(ComposeContext context, ComposeContext other, int index) =>
        context.Brief.Questions[index].Context is { } prose
        && ProseRenderer.PairsPieceByPiece(prose.Get(context.Language), prose.Get(other.Language));

    /// <summary>
    /// The <paramref name="index"/>-th question in pieces a parallel edition pairs one by one: the question with
    /// the first paragraph of its context, then each further paragraph, each bullet (the bullets one L) and the
    /// related line, each with the space above it it has in the whole question (<paramref name="gap"/> between
    /// paragraphs, <paramref name="bulletSpacing"/> between bullets: the wider language's, so both columns
    /// agree); the whole question as one piece unless it <paramref name="split"/>s.
    /// </summary>
    public static IReadOnlyList<Element> Pieces(ComposeContext context, int section, int index, bool split, double gap, double bulletSpacing)
    {
        if (!split)
            return [Item(context, section, index)];
        var type = context.Type;
        var question = context.Brief.Questions[index];
        var prose = question.Context!.Get(context.Language);
        var pieces = new List<Element>
        {
            L.Column(column =>
            {
                column.Spacing(5);
                column.Item(context.Paragraph(context.Text(question.Text), type.ItemTitle, type.TightParagraph).KeepWithNext());
                column.Item(context.Prose.Paragraph((ProseParagraph)prose.Blocks[0], type.Body, type.BodyParagraph));
            }),
        };
        pieces.AddRange(context.Prose.PiecesAfterFirst(prose, gap, bulletSpacing));
        if (question.Related.Count > 0)
            pieces.Add(Related(context, section, question.Related).PaddingTop(5));
        return pieces;
    }

    private static Element Related(ComposeContext context, int section, IReadOnlyList<Model.Identifier> related)
    {
        var type = context.Type;
        var link = type.Small with { Color = context.Palette.Accent, Underline = true };
        return context.Typesetter.Paragraph(type.Small, type.TightParagraph, p =>
        {
            p.Span(context.Profile.Polish(context.Strings.LabelRelated + ":") + " ", type.Label);
            for (var i = 0; i < related.Count; i++)
            {
                if (i > 0)
                    p.Span(" \u00B7 ", type.SmallMuted);
                var id = related[i].Value;
                var name = ItemList.NameOf(context, id);
                if (ItemList.AnchorOf(context, id) is { } anchor)
                    p.Link(WithPage(context, section, id, name, anchor), new LinkTarget.Internal(anchor), link);
                else
                    p.Span(name, type.Small);
            }
        });
    }

    // "Name (3.1, p. 2)": where the target is, once a layout has said (a composition without pages shows the name alone).
    private static string WithPage(ComposeContext context, int section, string id, string name, string anchor)
    {
        if (context.Pages is not { } pages)
            return name;
        // Before the first layout no page is known: "0" holds the place (one digit, like most).
        var page = pages.IsKnown ? pages.PageOf(anchor) : 0;
        if (page is not { } number)
            return name;
        var agreements = context.Brief.Agreements;
        var index = -1;
        for (var i = 0; i < agreements.Count; i++)
        {
            if (agreements[i].Id.Value == id)
                index = i;
        }

        // Agreements are the section just before the questions; a list of one item may go unlabelled (Korean reports).
        var reference = index >= 0 && context.Profile.Lists.Outline.LabelsList(agreements.Count)
            ? context.Strings.ReferenceItemPage(context.Profile.Lists.Outline.ReferenceLabel(section - 1, index + 1), number)
            : context.Strings.ReferencePage(number);
        return context.Strings.RelatedEntry(name, reference);
    }
}
