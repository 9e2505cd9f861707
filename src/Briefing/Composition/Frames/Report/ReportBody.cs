using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// The body of a report, in the order a ministry reader takes it in: the title block, then the outline of the
/// event (개요: when, where, on what occasion), the summary, the agreements, the author's own sections (배경 …),
/// the people, the timeline, what still needs checking, then the sections on what comes next (role
/// <c>next-steps</c>) and the reference material (role <c>annex</c>); the sources close it as a ※ line. Empty parts
/// are left out and the numbering stays continuous.
/// </summary>
internal static class ReportBody
{
    /// <summary>The body.</summary>
    public static Element Build(ReportComposition report)
    {
        var context = report.Context;
        var brief = context.Brief;
        var strings = context.Strings;
        var parts = new List<(string Title, string Field, Func<int, Element?> Build)>
        {
            (strings.SectionKeyFacts, BriefFields.Title, _ => ReportFacts.Build(report)),
            (strings.SectionSummary, BriefFields.Summary, _ => report.Prose.Items(brief.Summary.Get(context.Language))),
            (strings.SectionAgreements, BriefFields.Agreements, n => ReportAgreements.Build(report, n)),
        };
        void AddSections(Func<SectionRole?, bool> placed)
        {
            for (var i = 0; i < brief.Sections.Count; i++)
            {
                var section = brief.Sections[i];
                if (placed(section.Role))
                    parts.Add((context.Text(section.Title), BriefFields.Section(i), _ => report.Prose.Items(section.Body.Get(context.Language))));
            }
        }

        AddSections(role => role is not (SectionRole.NextSteps or SectionRole.Annex));
        parts.Add((ReportPeople.Title(context), BriefFields.Participants, _ => ReportPeople.Build(report)));
        parts.Add((strings.SectionTimeline, BriefFields.Timeline, _ => ReportTimeline.Build(report)));
        parts.Add((strings.SectionQuestions, BriefFields.Questions, n => ReportQuestions.Build(report, n)));
        AddSections(role => role is SectionRole.NextSteps);
        AddSections(role => role is SectionRole.Annex);

        var sections = new List<(int Number, string Title, string Field, Element Content)>();
        foreach (var (title, field, build) in parts)
        {
            if (build(sections.Count + 1) is { } content)
                sections.Add((sections.Count + 1, title, field, content));
        }

        var outline = context.Profile.Lists.Outline;
        // A report is short by convention: contents only when the brief asks (contents: on).
        var contents = ContentsSection.Build(context, sections.ConvertAll(s => new ContentsEntry(outline.SectionLabel(s.Number), s.Title, Anchors.Section(context, s.Number))), autoShows: false, report.Styles.Heading, report.Styles.Sub);
        return L.Column(column =>
        {
            column.Spacing(18);
            column.Item(ReportTitleBlock.Build(report).Named(BriefFields.Title));
            if (contents is not null)
                column.Item(contents);
            foreach (var (number, title, field, content) in sections)
                column.Item(ReportSection.Build(report, number, title, content).Destination(Anchors.Section(context, number)).Named(field));

            if (ReportSources.Build(report) is { } sources)
                column.Item(sources.Named(BriefFields.Sources));
        });
    }
}
