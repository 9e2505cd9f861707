using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// The body of a parallel edition as aligned pairs: the title blocks, then per section its headings (kept
/// with what follows) and its content, paired as finely as both languages share a structure: prose
/// paragraph by paragraph when both have the same blocks, tables row by row and lists (bullets, agreements,
/// questions, sources) item by item, each column keeping one Table or L element per table or list.
/// The sections, their order and numbering are the one-language brief's.
/// </summary>
internal static class ParallelSections
{
    // Between sections: the one-language brief's column spacing, here as space above each heading pair.
    private const double SectionGap = 22;

    /// <summary>The body: every pair of the brief, left and right.</summary>
    public static Element Body(ComposeContext left, ComposeContext right)
    {
        var brief = left.Brief;
        var parts = new List<(Func<ComposeContext, string> Title, string Field, Func<int, IEnumerable<Counterparts>> Pairs)>
        {
            (c => c.Strings.SectionSummary, BriefFields.Summary, _ => ProsePairs(left, right, brief.Summary)),
            (c => c.Strings.SectionParticipants, BriefFields.Participants, _ => Rows(ParticipantsSection.Build(left), ParticipantsSection.Build(right))),
            (c => c.Strings.SectionAgreements, BriefFields.Agreements, n => Rows(Agreements(left, right, n), Agreements(right, left, n))),
            (c => c.Strings.SectionQuestions, BriefFields.Questions, n => Rows(Questions(left, right, n), Questions(right, left, n))),
            (c => c.Strings.SectionTimeline, BriefFields.Timeline, _ => Rows(TimelineSection.Table(left), TimelineSection.Table(right), TimelineSection.KeepsTogether(brief))),
        };
        for (var i = 0; i < brief.Sections.Count; i++)
        {
            var section = brief.Sections[i];
            parts.Add((c => c.Text(section.Title), BriefFields.Section(i), _ => ProsePairs(left, right, section.Body)));
        }

        parts.Add((c => c.Strings.SectionSources, BriefFields.Sources, _ => Rows(SourcesSection.Build(left), SourcesSection.Build(right))));

        // One gap between pairs for both columns (the wider language's), so counterparts stay level.
        var gap = Math.Max(left.Prose.ParagraphGap, right.Prose.ParagraphGap);
        return L.Parallel(parallel =>
        {
            parallel.Gutter(ParallelComposer.Gutter).Rule(0.5, left.Palette.Rule).Spacing(gap)
                .Languages(left.Profile.PdfLanguage, right.Profile.PdfLanguage);
            parallel.Pair(ParallelTitle.Heading(left).Named(BriefFields.Title), ParallelTitle.Heading(right).Named(BriefFields.Title));
            parallel.Pair(ParallelTitle.KeyFacts(left).Named(BriefFields.Title), ParallelTitle.KeyFacts(right).Named(BriefFields.Title));
            var number = 0;
            foreach (var (title, field, build) in parts)
            {
                var pairs = build(number + 1).ToList();
                if (pairs.Count == 0)
                    continue;
                number++;
                var leftTitle = title(left);
                var rightTitle = title(right);
                var bookmark = $"{left.Profile.Lists.Outline.SectionLabel(number)} {leftTitle} / {rightTitle}";
                parallel.Pair(
                    Heading(left, number, leftTitle, bookmark).PaddingTop(SectionGap - gap).Named(field),
                    Heading(right, number, rightTitle, null).PaddingTop(SectionGap - gap).Named(field),
                    keepWithNext: true);
                foreach (var pair in pairs)
                {
                    if (pair.ByRows)
                        parallel.Rows(pair.Left, pair.Right, pair.KeepTogether, field);
                    else
                        parallel.Pair(pair.Left.Named(field), pair.Right.Named(field));
                }
            }
        });
    }

    /// <summary>
    /// A section heading in one column: number and title over a rule, tagged H1. Only the left one is a
    /// bookmark (titled in both languages), so the outline lists each section once.
    /// </summary>
    private static Element Heading(ComposeContext context, int number, string title, string? bookmark)
    {
        var label = context.Profile.Lists.Outline.SectionLabel(number);
        var type = context.Type;
        var heading = L.Row(row =>
            {
                row.ConstantItem(SectionHeading.NumberWidth, context.Paragraph(label, type.Heading, type.HeadingParagraph, role: null));
                row.RelativeItem(context.Paragraph(title, type.Heading with { Color = context.Palette.Text }, type.HeadingParagraph, role: null));
            })
            .Tagged(StructureRole.H1);
        if (bookmark is not null)
            heading = heading.Bookmark(bookmark, context.OutlineLevel);
        return L.Column(inner =>
            {
                inner.Spacing(3);
                inner.Item(heading);
                inner.Item(L.Line(0.75, context.Palette.Rule));
            })
            .KeepTogether();
    }

    /// <summary>
    /// Prose paired block by block when both languages have the same blocks (a bullet list item by item), else
    /// as a whole.
    /// </summary>
    private static IEnumerable<Counterparts> ProsePairs(ComposeContext left, ComposeContext right, LocalizedProse prose)
    {
        var a = prose.Get(left.Language);
        var b = prose.Get(right.Language);
        if (!SameShape(a, b))
        {
            yield return new(left.Prose.Render(a), right.Prose.Render(b));
            yield break;
        }

        for (var i = 0; i < a.Blocks.Count; i++)
            yield return new(Block(left, a.Blocks[i]), Block(right, b.Blocks[i]), ByRows: a.Blocks[i] is ProseBulletList);
    }

    private static bool SameShape(Prose a, Prose b)
    {
        if (a.Blocks.Count != b.Blocks.Count)
            return false;
        for (var i = 0; i < a.Blocks.Count; i++)
        {
            if (a.Blocks[i].GetType() != b.Blocks[i].GetType())
                return false;
        }

        return true;
    }

    private static Element Block(ComposeContext context, ProseBlock block) =>
        context.Prose.Render(new Prose([block]));

    /// <summary>
    /// The agreements in one column, each in pieces where both languages share its shape (its summary's
    /// paragraphs and bullets then pair one by one), or null when the brief records none.
    /// </summary>
    private static Element? Agreements(ComposeContext context, ComposeContext other, int section)
    {
        var count = context.Brief.Agreements.Count;
        if (count == 0)
            return null;
        var (gap, bullets) = Spacing(context, other);
        return ItemList.BuildInPieces(context, section, count,
            i => AgreementsSection.Pieces(context, i, AgreementsSection.Splits(context, other, i), gap, bullets));
    }

    // The space between paragraphs and between bullets inside an item: the wider language's, so both columns agree.
    private static (double Gap, double Bullets) Spacing(ComposeContext context, ComposeContext other) =>
        (Math.Max(context.Prose.ParagraphGap, other.Prose.ParagraphGap),
            Math.Max(context.Profile.Metrics.BulletSpacing, other.Profile.Metrics.BulletSpacing));

    /// <summary>
    /// The questions in one column, each in pieces where both languages share its shape (a question's
    /// paragraphs and bullets then pair one by one), or null when the brief has none.
    /// </summary>
    private static Element? Questions(ComposeContext context, ComposeContext other, int section)
    {
        var count = context.Brief.Questions.Count;
        if (count == 0)
            return null;
        var (gap, bullets) = Spacing(context, other);
        return ItemList.BuildInPieces(context, section, count,
            i => QuestionsSection.Pieces(context, section, i, QuestionsSection.Splits(context, other, i), gap, bullets));
    }

    /// <summary>
    /// A section's content (a table or list in each language) as one pair of rows, or none when the section is
    /// empty. Two lists or two tables pair row by row; anything else (a Korean single item, unlabelled) whole.
    /// </summary>
    private static IEnumerable<Counterparts> Rows(Element? left, Element? right, bool keepTogether = false)
    {
        if (left is not null && right is not null)
            yield return new(left, right, ByRows: true, KeepTogether: keepTogether);
    }

    /// <summary>A block and its counterpart, and whether they pair row by row (tables, lists) and move whole.</summary>
    private sealed record Counterparts(Element Left, Element Right, bool ByRows = false, bool KeepTogether = false);
}
