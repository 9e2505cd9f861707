using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// The people of a report side by side, as bilateral papers set them: a two-column table, our side
/// (우리 측) on the left and the other side (상대 측) on the right, each person's name and title in the
/// language's order with the note under it as a - detail. The home side is the language's home delegation
/// (<c>home:</c>), else the brief's first;
/// every other delegation is the other side (named after each person when there are several), and people
/// of no delegation follow in a row across both columns. Each person, and each delegation's first person,
/// is a link target, as in the neutral table.
/// </summary>
internal static class ReportPeople
{
    /// <summary>The table, or null when the brief names no one.</summary>
    public static Element? Build(ReportComposition report)
    {
        var context = report.Context;
        var brief = context.Brief;
        if (brief.Participants.Count == 0)
            return null;
        var home = HomeDelegation(brief, context.Language);
        var known = brief.Delegations.Select(d => d.Id.Value).ToHashSet(StringComparer.Ordinal);
        var ours = brief.Participants.Where(p => home is not null && p.Delegation?.Value == home.Id.Value).ToList();
        var others = brief.DelegationsFor(context.Language).Where(d => d != home).ToList();
        var theirs = others.SelectMany(d => brief.Participants.Where(p => p.Delegation?.Value == d.Id.Value)).ToList();
        var unaffiliated = brief.Participants.Where(p => p.Delegation is null || !known.Contains(p.Delegation.Value)).ToList();
        var styles = report.Styles;
        var padding = new Thickness(6, 4, 6, 4);
        return L.Table(table =>
        {
            table.Columns(c => c.Relative().Relative());
            table.CellStyle(cell => cell.Padding(padding).Border(0.5, ReportStyles.Rule));
            table.Header(header =>
            {
                header.Cell(HeaderCell(report, context.Strings.ReportOurSide, home), c => c.Background(ReportStyles.HeaderShade));
                header.Cell(HeaderCell(report, context.Strings.ReportOtherSide, others.Count == 1 ? others[0] : null), c => c.Background(ReportStyles.HeaderShade));
            });
            for (var i = 0; i < Math.Max(ours.Count, theirs.Count); i++)
            {
                table.Cell(i < ours.Count ? Person(report, ours[i], null) : L.Empty());
                table.Cell(i < theirs.Count ? Person(report, theirs[i], others.Count > 1 ? DelegationOf(brief, theirs[i]) : null) : L.Empty());
            }

            if (unaffiliated.Count > 0)
            {
                table.Cell(context.Paragraph(context.Strings.GroupOther, styles.TableHeader, styles.TableParagraph), c => c.ColumnSpan(2).Background(ReportStyles.HeaderShade).RowHeader());
                foreach (var person in unaffiliated)
                    table.Cell(Person(report, person, null), c => c.ColumnSpan(2));
            }
        });
    }

    /// <summary>The side the paper is written from: the language's home delegation, else the brief's first, or none.</summary>
    public static Delegation? HomeDelegation(Brief brief, string language) =>
        brief.HomeDelegationFor(language) ?? (brief.Delegations.Count > 0 ? brief.Delegations[0] : null);

    /// <summary>
    /// The section's title: participants (참석자) when everyone in the table took part, persons mentioned
    /// (주요 인사) as soon as one of them is only named in the sources.
    /// </summary>
    public static string Title(ComposeContext context) =>
        context.Brief.Participants.Any(p => p.Kind == ParticipantKind.Mentioned)
            ? context.Strings.SectionPersonsMentioned
            : context.Strings.SectionParticipants;

    private static Element HeaderCell(ReportComposition report, string side, Delegation? delegation)
    {
        var context = report.Context;
        var text = delegation is null ? side : $"{side} ({context.Text(delegation.Name)})";
        return context.Paragraph(text, report.Styles.TableHeader, report.Styles.TableParagraph with { Alignment = Typesetting.Text.TextAlignment.Center });
    }

    private static Element Person(ReportComposition report, Participant participant, Delegation? delegation)
    {
        var context = report.Context;
        var styles = report.Styles;
        var name = context.Profile.WithTitle(context.Text(participant.Name), context.Text(participant.Title));
        if (delegation is not null)
            name += $" ({context.Text(delegation.Name)})";
        var person = context.Paragraph(name, styles.Table with { Weight = 700 }, styles.TableParagraph).Destination(Anchors.Participant(context, participant.Id.Value));
        // A delegation's link target is its first person (the header row repeats on every page, so it cannot be one).
        if (participant.Delegation is { } id && context.Brief.Delegations.Any(d => d.Id.Value == id.Value)
            && context.Brief.Participants.First(p => p.Delegation?.Value == id.Value) == participant)
            person = person.Destination(Anchors.Delegation(context, id.Value));
        if (participant.Note is not { } note)
            return person;
        return L.Column(column =>
        {
            column.Spacing(2);
            column.Item(person);
            foreach (var block in note.Get(context.Language).Blocks)
            {
                var paragraphs = block switch
                {
                    ProseParagraph paragraph => [paragraph],
                    ProseBulletList list => list.Items,
                    _ => [],
                };
                foreach (var paragraph in paragraphs)
                {
                    column.Item(context.Typesetter.Paragraph(styles.Table, styles.TableParagraph with { HangingIndent = styles.Table.FontSize * 0.9 }, p =>
                    {
                        p.Span(ReportMarkers.Dash + " ", styles.Table);
                        report.Prose.Runs(p, paragraph, styles.Table);
                    }));
                }
            }
        });
    }

    private static Delegation? DelegationOf(Brief brief, Participant participant) =>
        brief.Delegations.FirstOrDefault(d => d.Id.Value == participant.Delegation?.Value);
}
