using Briefing.Composition.Frames;
using Briefing.Composition.Frames.Note;
using Briefing.Composition.Frames.Report;
using Briefing.Model;

namespace Briefing.Tests.Composition;

/// <summary>Every text a brief gives in one language, field by field, as a reader should find it in the PDF.</summary>
internal static class BriefTexts
{
    /// <summary>The texts as <paramref name="frame"/> (null: the language's default frame) sets them.</summary>
    public static IReadOnlyList<string> All(Brief brief, string language, FrameKind? frame = null) =>
        All(brief, language, brief.ProfileFor(language), frame);

    /// <summary>As <see cref="All(Brief, string, FrameKind?)"/>, set in <paramref name="profile"/> (a language the loader does not know).</summary>
    public static IReadOnlyList<string> All(Brief brief, string language, global::Briefing.Localization.Profiles.LanguageProfile profile, FrameKind? frame = null)
    {
        // The profile's typography (curly quotes, French spacing) is what the reader finds, not what was typed.
        // A Korean report turns a bold lead-in into a keyword lead: "X: text" reads "(X) text".
        var chosen = FrameChoice.Resolve(frame, brief, profile);
        var report = chosen == FrameKind.KoreanReport;
        // A briefing note lists people name first, "David McGuinty, Minister of National Defence".
        var note = chosen == FrameKind.BriefingNote;
        string Paragraph(ProseParagraph paragraph)
        {
            // A mark reads as the language's words for it, "(가번역)".
            var runs = profile.Polish(paragraph.Inlines.Select(i => i.Mark is { } mark ? profile.Strings.Mark(mark) : i.Text).ToList());
            return report ? KeywordLead.Text(paragraph, runs) : string.Concat(runs);
        }

        var texts = new List<string>();
        void Text(LocalizedText? text)
        {
            if (text is not null)
                texts.Add(profile.Polish(text.GetMarked(language, profile.Strings.Mark)));
        }

        void Prose(LocalizedProse? prose)
        {
            if (prose is null)
                return;
            foreach (var block in prose.Get(language).Blocks)
            {
                if (block is ProseParagraph paragraph)
                    texts.Add(Paragraph(paragraph));
                else if (block is ProseBulletList list)
                    texts.AddRange(list.Items.Select(Paragraph));
            }
        }

        Text(brief.Title);
        Text(brief.Subtitle);
        Text(brief.Location);
        Text(brief.Occasion);
        // A Korean report names the unit under its title box, the person only when there is no unit.
        if (!report || brief.Prepared.Unit is null)
            Text(brief.Prepared.By);
        Prose(brief.Summary);
        foreach (var delegation in brief.Delegations)
            Text(delegation.Name);
        foreach (var participant in brief.Participants)
        {
            var name = profile.Polish(participant.Name.GetMarked(language, profile.Strings.Mark));
            var title = profile.Polish(participant.Title.GetMarked(language, profile.Strings.Mark));
            texts.Add(note ? NoteComposition.NameThenTitle(profile, name, title) : profile.WithTitle(name, title));
            Prose(participant.Note);
        }

        foreach (var agreement in brief.Agreements)
        {
            Text(agreement.Title);
            Prose(agreement.Summary);
        }

        foreach (var question in brief.Questions)
        {
            Text(question.Text);
            Prose(question.Context);
        }

        foreach (var entry in brief.Timeline)
            Text(entry.Event);
        foreach (var section in brief.Sections)
        {
            // A briefing note says a lone section's title once, in its heading's capitals (Background: BACKGROUND).
            var heading = note ? NoteHeadingOf(profile.Strings, section.Role, brief.Purpose == Purpose.Decision) : null;
            if (heading is null || !NoteBody.TitleIsHeading(profile.Strings, section.Title.GetMarked(language, profile.Strings.Mark), heading))
                Text(section.Title);
            Prose(section.Body);
        }

        foreach (var source in brief.Sources)
        {
            Text(source.Title);
            Text(source.Publisher);
        }

        return texts;
    }

    /// <summary>
    /// The text without whitespace and hyphens, so line breaks and table cells do not matter (pdftotext
    /// joins a word broken after its hyphen, "closed-" + "door", into "closeddoor").
    /// </summary>
    public static string Squeeze(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '-')
                builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The text with runs of whitespace made one space.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? NoteHeadingOf(Briefing.Localization.DocumentStrings strings, SectionRole? role, bool decision) => role switch
    {
        SectionRole.Background => strings.NoteHeadingBackground,
        SectionRole.Status => strings.NoteHeadingStatus,
        // A note for decision heads its next steps "Recommendation".
        SectionRole.NextSteps => decision ? strings.NoteHeadingRecommendation : strings.NoteHeadingNextSteps,
        SectionRole.Annex => null,
        _ => strings.NoteHeadingConsiderations,
    };
}
