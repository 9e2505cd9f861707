using Briefing.Localization;
using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Note;

/// <summary>
/// The body of a briefing note, under the headings a GC reader expects, in this order (a heading with nothing under
/// it is left out):
/// <list type="bullet">
/// <item>SUMMARY (ISSUE in a decision note): the summary, and the list of annexes, each "(see Annex A)";</item>
/// <item>BACKGROUND: the sections whose role is background;</item>
/// <item>CURRENT STATUS: the agreements, then the sections whose role is status;</item>
/// <item>CONSIDERATIONS: the sections whose role is considerations or who have none, then the open questions;</item>
/// <item>NEXT STEPS (RECOMMENDATION in a decision note): the sections whose role is next-steps;</item>
/// </list>
/// then the closing block and the annexes. Under a heading, a free section's own title is a sub-heading unless the
/// section is all there is under it and its title says what the heading says.
/// </summary>
internal static class NoteBody
{
    /// <summary>The body: head, headed sections, closing block, annexes.</summary>
    public static Element Build(NoteComposition note)
    {
        var context = note.Context;
        var brief = context.Brief;
        var strings = context.Strings;
        var parts = new List<(string Heading, string Field, Element? Content)>
        {
            (note.IsDecision ? strings.NoteHeadingIssue : strings.NoteHeadingSummary, BriefFields.Summary, Summary(note)),
            (strings.NoteHeadingBackground, "background", Sections(note, strings.NoteHeadingBackground, [], s => s.Role == SectionRole.Background)),
            (strings.NoteHeadingStatus, BriefFields.Agreements,
                Sections(note, strings.NoteHeadingStatus, [NoteStatus.Agreements(note)], s => s.Role == SectionRole.Status)),
            (strings.NoteHeadingConsiderations, BriefFields.Questions,
                Sections(note, strings.NoteHeadingConsiderations, [], s => s.Role is null or SectionRole.Considerations, NoteConsiderations.Questions(note))),
            (NextStepsHeading(note), "next-steps", Sections(note, NextStepsHeading(note), [], s => s.Role == SectionRole.NextSteps)),
        };

        var present = parts.Where(p => p.Content is not null).ToList();
        // A note is short by convention: contents only when the brief asks (contents: on), headings then annexes.
        var entries = present.Select((p, i) => new ContentsEntry(string.Empty, p.Heading, Anchors.Section(context, i + 1)))
            .Concat(note.Annexes.Select(a => new ContentsEntry(string.Empty, DocumentCasing.ToUpper(strings.NoteAnnexHeading(a.Letter, a.Title), strings.Culture), note.AnnexAnchor(a))))
            .ToList();
        var contents = ContentsSection.Build(context, entries, autoShows: false, note.Styles.Heading, note.Styles.Body);
        return L.Column(column =>
        {
            column.Spacing(14);
            column.Item(NoteHeader.Build(note).Named(BriefFields.Title));
            if (contents is not null)
                column.Item(contents);
            for (var i = 0; i < present.Count; i++)
            {
                var (heading, field, content) = present[i];
                column.Item(NoteSection.Build(note, heading, content!).Destination(Anchors.Section(context, i + 1)).Named(field));
            }

            if (NoteSignOff.Build(note) is { } signOff)
                column.Item(signOff);
            if (NoteAnnexes.Build(note) is { } annexes)
                column.Item(annexes);
        });
    }

    private static string NextStepsHeading(NoteComposition note) =>
        note.IsDecision ? note.Context.Strings.NoteHeadingRecommendation : note.Context.Strings.NoteHeadingNextSteps;

    /// <summary>
    /// Whether a free section's own title goes unsaid under <paramref name="heading"/>: it is all there is under it
    /// and says the same words (a section "Background" under BACKGROUND). Any other title is kept as a sub-heading.
    /// </summary>
    public static bool TitleIsHeading(Localization.DocumentStrings strings, string title, string heading) =>
        string.Equals(DocumentCasing.ToUpper(title, strings.Culture), heading, StringComparison.Ordinal);

    private static Element Summary(NoteComposition note)
    {
        var context = note.Context;
        var summary = NoteProse.Render(note, context.Brief.Summary.Get(context.Language));
        if (note.Annexes.Count == 0)
            return summary;
        return L.Column(column =>
        {
            column.Spacing(context.Prose.ParagraphGap);
            column.Item(summary);
            column.Item(AnnexReferences(note));
        });
    }

    // "Annexes: Participants (see Annex A); Timeline (see Annex B); …", each reference a link to its annex.
    private static Element AnnexReferences(NoteComposition note)
    {
        var context = note.Context;
        var styles = note.Styles;
        return context.Typesetter.Paragraph(styles.Body, styles.BodyParagraph, p =>
        {
            p.Span(context.Profile.Polish(context.Strings.NoteAnnexes + ":") + " ", styles.Bold);
            for (var i = 0; i < note.Annexes.Count; i++)
            {
                var annex = note.Annexes[i];
                if (i > 0)
                    p.Span("; ", styles.Body);
                p.Span(annex.Title + " ", styles.Body);
                p.Link(context.Profile.Polish(context.Strings.NoteSeeAnnex(annex.Letter)), new LinkTarget.Internal(note.AnnexAnchor(annex)), styles.Link);
            }
        });
    }

    // The built-in parts first (agreements), then the free sections that belong under the heading, then the tail
    // (open questions); null when there is nothing at all.
    private static Element? Sections(NoteComposition note, string heading, Element?[] head, Func<Section, bool> belongs, Element? tail = null)
    {
        var context = note.Context;
        var sections = context.Brief.Sections.Where(belongs).ToList();
        var items = head.OfType<Element>().ToList();
        var alone = items.Count == 0 && tail is null && sections.Count == 1
            && TitleIsHeading(context.Strings, context.Text(sections[0].Title), heading);
        foreach (var section in sections)
        {
            var body = NoteProse.Render(note, section.Body.Get(context.Language));
            items.Add(alone
                ? body
                : L.Column(column =>
                {
                    column.Spacing(4);
                    column.Item(NoteSection.SubHeading(note, context.Text(section.Title)));
                    column.Item(body);
                }));
        }

        if (tail is not null)
            items.Add(tail);
        if (items.Count == 0)
            return null;
        if (items.Count == 1)
            return items[0];
        return L.Column(column =>
        {
            column.Spacing(12);
            foreach (var item in items)
                column.Item(item);
        });
    }
}
