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
public sealed class BriefComposer(Typesetter typesetter)
{
    private static readonly Thickness Margins = new(56, 26, 56, 24);

    /// <summary>The document for <paramref name="brief"/> in <paramref name="language"/> on <paramref name="paper"/>; it can be laid out any number of times.</summary>
    public Document Compose(Brief brief, string language, PaperSize paper)
    {
        var context = new ComposeContext(brief, language, typesetter);
        return new Document
        {
            Page = new PageSetup(paper == PaperSize.A4 ? Size.A4 : Size.Letter, Margins),
            Body = Body(context),
            Metadata = Metadata(context),
            Header = page => PageFurniture.Header(context, page),
            Footer = page => PageFurniture.Footer(context, page),
            FurnitureSpacing = 16,
        };
    }

    /// <summary>The section titles of the document in order, numbered as the document numbers them (for tests and tools).</summary>
    public static IReadOnlyList<string> SectionTitles(Brief brief, string language)
    {
        var strings = Localization.DocumentStrings.For(language);
        var titles = new List<string>();
        foreach (var (title, present) in Sections(brief, language, strings))
        {
            if (present)
                titles.Add($"{Localization.OutlineNumbering.Label(1, titles.Count + 1)} {title}");
        }

        return titles;
    }

    private static Element Body(ComposeContext context)
    {
        var brief = context.Brief;
        var parts = new List<(string Title, Func<int, Element?> Build)>
        {
            (context.Strings.SectionSummary, _ => context.Prose.Render(brief.Summary.Get(context.Language))),
            (context.Strings.SectionParticipants, _ => ParticipantsSection.Build(context)),
            (context.Strings.SectionAgreements, n => AgreementsSection.Build(context, n)),
            (context.Strings.SectionQuestions, n => QuestionsSection.Build(context, n)),
            (context.Strings.SectionTimeline, _ => TimelineSection.Build(context)),
        };
        foreach (var section in brief.Sections)
            parts.Add((context.Text(section.Title), _ => context.Prose.Render(section.Body.Get(context.Language))));
        parts.Add((context.Strings.SectionSources, _ => SourcesSection.Build(context)));

        return L.Column(column =>
        {
            // Space between sections is the column's, so a section that starts a page starts at its top.
            column.Spacing(22);
            column.Item(TitleBlock.Build(context));
            var number = 0;
            foreach (var (title, build) in parts)
            {
                if (build(number + 1) is not { } content)
                    continue;
                number++;
                column.Item(SectionHeading.Section(context, number, title, content));
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

    private static DocumentMetadata Metadata(ComposeContext context)
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
            Language = Languages.PdfTag(context.Language),
            // The prepared date, never the clock: the same brief always gives the same bytes.
            CreationDate = new DateTimeOffset(on.Year, on.Month, on.Day, 0, 0, 0, TimeSpan.Zero),
        };
    }
}
