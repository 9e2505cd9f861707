using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// The participants table: grouped by delegation (a group row per delegation, in the brief's order,
/// then those without one), name and title in the language's order, and the note. The header row
/// repeats on every page; each participant's row is a link target for the questions' "Related" links.
/// A delegation's group row is the header of the rows under it (TH with /Scope /Row).
/// </summary>
internal static class ParticipantsSection
{
    /// <summary>The section's content, or null when the brief lists no participants.</summary>
    public static Element? Build(ComposeContext context)
    {
        var brief = context.Brief;
        if (brief.Participants.Count == 0)
            return null;
        var type = context.Type;
        var strings = context.Strings;
        var cellPadding = new Thickness(6, 4, 6, 4);
        return L.Table(table =>
        {
            table.Columns(c => c.Relative(context.Profile.Metrics.NameColumnWeight).Relative(3));
            table.CellStyle(cell => cell.Padding(cellPadding).Border(0.5, context.Palette.Rule));
            table.Header(header =>
            {
                header.Cell(context.Paragraph(strings.ColumnNameAndTitle, type.TableHeader, type.TightParagraph), c => c.Background(context.Palette.TableHeader));
                header.Cell(context.Paragraph(strings.LabelNote, type.TableHeader, type.TightParagraph), c => c.Background(context.Palette.TableHeader));
            });
            foreach (var delegation in brief.Delegations)
                AddGroup(context, table, delegation.Id.Value, context.Text(delegation.Name), p => p.Delegation?.Value == delegation.Id.Value);
            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (var delegation in brief.Delegations)
                known.Add(delegation.Id.Value);
            AddGroup(context, table, null, strings.GroupOther, p => p.Delegation is null || !known.Contains(p.Delegation.Value));
        });
    }

    private static void AddGroup(ComposeContext context, TableDescriptor table, string? delegationId, string name, Func<Participant, bool> member)
    {
        var type = context.Type;
        var first = true;
        foreach (var participant in context.Brief.Participants)
        {
            if (!member(participant))
                continue;
            if (first)
            {
                var group = context.Paragraph(name, type.SmallBold with { Color = context.Palette.Accent }, type.TightParagraph);
                table.Cell(delegationId is null ? group : group.Destination(Anchors.Delegation(context, delegationId)), c => c.ColumnSpan(2).Background(context.Palette.AccentTintStrong).RowHeader());
                first = false;
            }

            var person = context.Profile.WithTitle(context.Text(participant.Name), context.Text(participant.Title));
            table.Cell(context.Paragraph(person, type.Small, type.TightParagraph).Destination(Anchors.Participant(context, participant.Id.Value)));
            table.Cell(participant.Note is { } note
                ? context.Prose.Render(note.Get(context.Language), type.Small, type.TightParagraph, 3)
                : L.Empty());
        }
    }
}
