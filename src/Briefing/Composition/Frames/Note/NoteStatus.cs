using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Note;

/// <summary>
/// The agreements under Current status: each its title (with its marks, tagged H2), a line with its status in words
/// (the brief's own <c>status-label</c> when it gives one, as "negotiations finalized; signature not reported") and
/// its parties when they are not simply every delegation of the brief (a bilateral note need not say that both sides
/// are party), then its summary. Plain words, no coloured badge: a note is read in black and white.
/// </summary>
internal static class NoteStatus
{
    /// <summary>The agreements, or null when the brief records none.</summary>
    public static Element? Agreements(NoteComposition note)
    {
        var context = note.Context;
        var agreements = context.Brief.Agreements;
        if (agreements.Count == 0)
            return null;
        var styles = note.Styles;
        return L.Column(column =>
        {
            column.Spacing(10);
            foreach (var agreement in agreements)
            {
                column.Item(L.Column(item =>
                {
                    item.Spacing(4);
                    item.Item(NoteSection.SubHeading(note, context.Text(agreement.Title)));
                    item.Item(StatusLine(note, agreement).KeepWithNext());
                    item.Item(NoteProse.Render(note, agreement.Summary.Get(context.Language)));
                }));
            }
        });
    }

    /// <summary>The words of an agreement's status in this note: the brief's own, else the status's.</summary>
    public static string StatusWords(ComposeContext context, Agreement agreement) =>
        agreement.StatusLabel is { } label ? context.Text(label) : context.Strings.Status(agreement.Status);

    private static Element StatusLine(NoteComposition note, Agreement agreement)
    {
        var context = note.Context;
        var styles = note.Styles;
        var everyone = context.Brief.Delegations.All(d => agreement.Parties.Any(p => p.Value == d.Id.Value));
        var parties = everyone ? [] : agreement.Parties
            .Select(party => context.Brief.Delegations.FirstOrDefault(d => d.Id.Value == party.Value))
            .OfType<Delegation>()
            .OrderBy(d => context.Brief.DelegationsFor(context.Language).ToList().IndexOf(d))
            .Select(d => context.Text(d.Name))
            .ToList();
        return context.Typesetter.Paragraph(styles.Body, styles.BodyParagraph, p =>
        {
            p.Span(context.Profile.Polish(context.Strings.LabelStatus + ":") + " ", styles.Bold);
            p.Span(StatusWords(context, agreement), styles.Body);
            if (parties.Count > 0)
            {
                p.Span("  \u00B7  ", styles.SmallMuted);
                p.Span(context.Profile.Polish(context.Strings.LabelParties + ":") + " ", styles.Bold);
                p.Span(string.Join(", ", parties), styles.Body);
            }
        });
    }
}
