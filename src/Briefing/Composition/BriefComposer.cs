using Briefing.Composition.Frames;
using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// Composes a brief into a document in one language: title block and key facts, then the numbered
/// sections (summary, participants, agreements, questions, timeline, the free sections, sources),
/// with empty optional sections left out and the numbering kept continuous; the classification
/// banner, running header and footer on every page; and the PDF's metadata.
/// </summary>
public sealed class BriefComposer(Typesetter typesetter, Theming.Theme? theme = null)
{
    /// <summary>The page margins of a brief (and of a bundle) in the default theme.</summary>
    internal static Thickness Margins => Theming.Theme.Default.Margins;

    /// <summary>
    /// The document for <paramref name="brief"/> in <paramref name="language"/> on <paramref name="paper"/>, set in
    /// <paramref name="frame"/> (null: the brief's or the locale's default, see <see cref="FrameChoice"/>); it can be
    /// laid out any number of times.
    /// </summary>
    public Document Compose(Brief brief, string language, PaperSize paper, FrameKind? frame = null) =>
        Compose(brief, language, brief.ProfileFor(language), paper, frame);

    /// <summary>The document for the texts of <paramref name="language"/> set in <paramref name="profile"/> (a language the loader does not know, in tests).</summary>
    internal Document Compose(Brief brief, string language, Localization.Profiles.LanguageProfile profile, PaperSize paper, FrameKind? frame = null)
    {
        var context = new ComposeContext(brief, language, profile, typesetter, theme);
        return DocumentFrames.For(FrameChoice.Resolve(frame, brief, profile)).Compose(context, paper);
    }

    /// <summary>The section titles of the document in order, numbered as the document numbers them (for tests and tools).</summary>
    public static IReadOnlyList<string> SectionTitles(Brief brief, string language)
    {
        var profile = brief.ProfileFor(language);
        var titles = new List<string>();
        foreach (var (title, present) in Sections(brief, language, profile.Strings))
        {
            if (present)
                titles.Add($"{profile.Lists.Outline.SectionLabel(titles.Count + 1)} {profile.Polish(title)}");
        }

        return titles;
    }

    /// <summary>The body of one brief: title block and numbered sections (a chapter of a bundle).</summary>
    internal static Element Body(ComposeContext context)
    {
        var brief = context.Brief;
        // Each part is named after its field, so that a layout failure can be traced back to the file (BriefFields.Locate).
        var parts = new List<(string Title, string Field, Func<int, Element?> Build)>
        {
            (context.Strings.SectionSummary, BriefFields.Summary, _ => context.Prose.Render(brief.Summary.Get(context.Language))),
            (context.Strings.SectionParticipants, BriefFields.Participants, _ => ParticipantsSection.Build(context)),
            (context.Strings.SectionAgreements, BriefFields.Agreements, n => AgreementsSection.Build(context, n)),
            (context.Strings.SectionQuestions, BriefFields.Questions, n => QuestionsSection.Build(context, n)),
            (context.Strings.SectionTimeline, BriefFields.Timeline, _ => TimelineSection.Build(context)),
        };
        for (var i = 0; i < brief.Sections.Count; i++)
        {
            var section = brief.Sections[i];
            parts.Add((context.Text(section.Title), BriefFields.Section(i), _ => context.Prose.Render(section.Body.Get(context.Language))));
        }

        parts.Add((context.Strings.SectionSources, BriefFields.Sources, _ => SourcesSection.Build(context)));

        // Of the sections, only the questions show page numbers (their related references): a body composed again
        // with a layout's pages takes the others, and the title block, as the first composition made them.
        var sections = new List<(int Number, string Title, string Field, Element Content)>();
        foreach (var (title, field, build) in parts)
        {
            var number = sections.Count + 1;
            if ((field == BriefFields.Questions ? build(number) : context.Reuse(field, () => build(number))) is { } content)
                sections.Add((number, title, field, content));
        }

        return L.Column(column =>
        {
            // Space between sections is the column's, so a section that starts a page starts at its top.
            column.Spacing(22);
            column.Item(context.Reuse(BriefFields.Title, () => TitleBlock.Build(context).Named(BriefFields.Title))!);
            if (ContentsSection.Build(context, sections.ConvertAll(s => (s.Number, s.Title))) is { } contents)
                column.Item(contents);
            foreach (var (number, title, field, content) in sections)
            {
                Element Section() => SectionHeading.Section(context, number, title, content).Destination(Anchors.Section(context, number)).Named(field);
                column.Item(field == BriefFields.Questions ? Section() : context.Reuse("heading of " + field, Section)!);
            }
        });
    }

    // The same order and presence rules as Body, without building elements.
    private static IEnumerable<(string Title, bool Present)> Sections(Brief brief, string language, Localization.DocumentStrings strings)
    {
        yield return (strings.SectionSummary, true);
        yield return (strings.SectionParticipants, brief.Participants.Count > 0);
        yield return (strings.SectionAgreements, brief.Agreements.Count > 0);
        yield return (strings.SectionQuestions, brief.Questions.Count > 0);
        yield return (strings.SectionTimeline, brief.Timeline.Count > 0);
        foreach (var section in brief.Sections)
            yield return (section.Title.Get(language), true);
        yield return (strings.SectionSources, brief.Sources.Count > 0);
    }

    /// <summary>What the PDF of one brief says about itself.</summary>
    internal static DocumentMetadata Metadata(ComposeContext context)
    {
        var brief = context.Brief;
        var on = brief.Prepared.On;
        return new DocumentMetadata
        {
            Title = context.Text(brief.Title),
            Author = brief.Prepared.By is { } by ? context.Text(by) : string.Empty,
            Subject = brief.Subtitle is { } subtitle ? context.Text(subtitle)
                : brief.Occasion is { } occasion ? context.Text(occasion)
                : string.Empty,
            Keywords = brief.Id,
            Creator = "brief",
            Language = context.Profile.PdfLanguage,
            // The prepared date, never the clock: the same brief always gives the same bytes.
            CreationDate = new DateTimeOffset(on.Year, on.Month, on.Day, 0, 0, 0, TimeSpan.Zero),
        };
    }
}
