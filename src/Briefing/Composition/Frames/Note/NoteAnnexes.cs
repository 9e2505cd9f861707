using Briefing.Localization;
using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Note;

/// <summary>
/// What a briefing note sets apart at its end, lettered A, B, … in this order: the participants (and the persons
/// only mentioned), the timeline, the sections whose role is annex, and the sources. Each annex is a section with its
/// heading (tagged H1, bookmarked, a link target), the first on a new page, the next ones each after the last.
/// </summary>
internal static class NoteAnnexes
{
    /// <summary>The annexes of the note, in order; empty when the brief has nothing to set apart.</summary>
    public static IReadOnlyList<NoteAnnex> Plan(NoteComposition note)
    {
        var context = note.Context;
        var brief = context.Brief;
        var strings = context.Strings;
        var parts = new List<(string Title, string Field, Func<Element> Content)>();
        var present = brief.Participants.Where(p => p.Kind == ParticipantKind.Participant).ToList();
        var mentioned = brief.Participants.Where(p => p.Kind == ParticipantKind.Mentioned).ToList();
        if (present.Count > 0 || mentioned.Count > 0)
        {
            var title = present.Count > 0 ? strings.SectionParticipants : strings.SectionPersonsMentioned;
            parts.Add((title, BriefFields.Participants, () => People(note, present, mentioned)));
        }

        if (brief.Timeline.Count > 0)
            parts.Add((strings.SectionTimeline, BriefFields.Timeline, () => Timeline(note)));
        for (var i = 0; i < brief.Sections.Count; i++)
        {
            var section = brief.Sections[i];
            if (section.Role == SectionRole.Annex)
                parts.Add((context.Text(section.Title), BriefFields.Section(i), () => NoteProse.Render(note, section.Body.Get(context.Language))));
        }

        if (brief.Sources.Count > 0)
            parts.Add((strings.SectionSources, BriefFields.Sources, () => Sources(note)));

        var annexes = new List<NoteAnnex>();
        for (var i = 0; i < parts.Count; i++)
            annexes.Add(new NoteAnnex(Letter(i), parts[i].Title, parts[i].Field, parts[i].Content));
        return annexes;
    }

    /// <summary>The annexes as one element, the first starting a new page; null when there are none.</summary>
    public static Element? Build(NoteComposition note)
    {
        if (note.Annexes.Count == 0)
            return null;
        return L.Column(column =>
        {
            column.Spacing(22);
            column.Item(L.PageBreak());
            foreach (var annex in note.Annexes)
            {
                var heading = DocumentCasing.ToUpper(note.Context.Strings.NoteAnnexHeading(annex.Letter, annex.Title), note.Context.Strings.Culture);
                column.Item(NoteSection.Build(note, heading, annex.Content()).Destination(note.AnnexAnchor(annex)).Named(annex.Field));
            }
        });
    }

    // A, B, … Z, then AA, AB, …: a note with more than 26 annexes is unlikely, but must not crash.
    private static string Letter(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Letter(index / 26 - 1) + (char)('A' + index % 26);

    private static Element People(NoteComposition note, IReadOnlyList<Participant> present, IReadOnlyList<Participant> mentioned)
    {
        if (present.Count == 0)
            return PeopleTable(note, mentioned);
        if (mentioned.Count == 0)
            return PeopleTable(note, present);
        var styles = note.Styles;
        return L.Column(column =>
        {
            column.Spacing(10);
            column.Item(PeopleTable(note, present));
            column.Item(note.Context.Paragraph(note.Context.Strings.SectionPersonsMentioned, styles.SubHeading, styles.HeadingParagraph, StructureRole.H2)
                .KeepWithNext());
            column.Item(PeopleTable(note, mentioned));
        });
    }

    // Grouped by delegation, the language's own side first (Brief.DelegationsFor); a group row is the header of its rows.
    private static Element PeopleTable(NoteComposition note, IReadOnlyList<Participant> people)
    {
        var context = note.Context;
        var styles = note.Styles;
        var delegations = context.Brief.DelegationsFor(context.Language);
        return L.Table(table =>
        {
            table.Columns(c => c.Relative(1.1).Relative(1.4));
            table.CellStyle(cell => cell.Padding(new Thickness(5, 3, 5, 3)).Border(0.5, context.Palette.Rule));
            table.Header(header =>
            {
                header.Cell(context.Paragraph(context.Strings.NoteColumnNameTitle, styles.SmallBold, styles.TightParagraph), c => c.Background(context.Palette.AccentTint));
                header.Cell(context.Paragraph(context.Strings.LabelNote, styles.SmallBold, styles.TightParagraph), c => c.Background(context.Palette.AccentTint));
            });
            var known = new HashSet<string>(delegations.Select(d => d.Id.Value), StringComparer.Ordinal);
            foreach (var delegation in delegations)
                Group(note, table, context.Text(delegation.Name), people.Where(p => p.Delegation?.Value == delegation.Id.Value));
            Group(note, table, context.Strings.GroupOther, people.Where(p => p.Delegation is null || !known.Contains(p.Delegation.Value)));
        });
    }

    private static void Group(NoteComposition note, TableDescriptor table, string name, IEnumerable<Participant> members)
    {
        var context = note.Context;
        var styles = note.Styles;
        var first = true;
        foreach (var person in members)
        {
            if (first)
            {
                table.Cell(context.Paragraph(name, styles.SmallBold, styles.TightParagraph), c => c.ColumnSpan(2).RowHeader());
                first = false;
            }

            table.Cell(context.Paragraph(note.PersonInList(person), styles.Small, styles.TightParagraph));
            table.Cell(person.Note is { } personNote
                ? context.Prose.Render(personNote.Get(context.Language), styles.Small, styles.TightParagraph, 3)
                : L.Empty());
        }
    }

    private static Element Timeline(NoteComposition note)
    {
        var context = note.Context;
        var styles = note.Styles;
        return L.Table(table =>
        {
            table.Columns(c => c.Constant(context.Profile.Metrics.TimelineDateWidth + 8).Relative());
            table.CellStyle(cell => cell.Padding(new Thickness(5, 3, 5, 3)).Border(0.5, context.Palette.Rule));
            table.Header(header =>
            {
                header.Cell(context.Paragraph(context.Strings.LabelDate, styles.SmallBold, styles.TightParagraph), c => c.Background(context.Palette.AccentTint));
                header.Cell(context.Paragraph(context.Strings.NoteColumnEvent, styles.SmallBold, styles.TightParagraph), c => c.Background(context.Palette.AccentTint));
            });
            foreach (var entry in context.Brief.Timeline)
            {
                table.Cell(context.Paragraph(context.Date(entry.Date), styles.Small, styles.TightParagraph));
                table.Cell(context.Paragraph(context.Text(entry.Event), styles.Small, styles.TightParagraph));
            }
        });
    }

    private static Element Sources(NoteComposition note)
    {
        var context = note.Context;
        var styles = note.Styles;
        return L.Table(table =>
        {
            table.Columns(c => c.Relative(3).Relative(1));
            table.CellStyle(cell => cell.Padding(new Thickness(5, 3, 5, 3)).Border(0.5, context.Palette.Rule));
            table.Header(header =>
            {
                header.Cell(context.Paragraph(context.Strings.NoteColumnSource, styles.SmallBold, styles.TightParagraph), c => c.Background(context.Palette.AccentTint));
                header.Cell(context.Paragraph(context.Strings.LabelDate, styles.SmallBold, styles.TightParagraph), c => c.Background(context.Palette.AccentTint));
            });
            foreach (var source in context.Brief.Sources)
            {
                table.Cell(context.Typesetter.Paragraph(styles.Small, styles.TightParagraph, p =>
                {
                    var title = context.Text(source.Title);
                    if (source.Url is { } url && ExternalLinkPolicy.IsAllowed(url))
                        p.Link(title, new LinkTarget.External(url), styles.Small with { Color = context.Palette.Accent, Underline = true });
                    else
                        p.Span(title, styles.Small);
                    if (source.Publisher is { } publisher)
                        p.Span(", " + context.Text(publisher), styles.Small);
                }));
                table.Cell(source.Date is { } date ? context.Paragraph(context.Date(date), styles.Small, styles.TightParagraph) : L.Empty());
            }
        });
    }
}
