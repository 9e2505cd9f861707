using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// The open questions: each a <c>가.</c> item titled with the question, its context as □ points, and what it
/// concerns as a ※ note whose names link inside the PDF but read as plain text (a report is read on paper).
/// </summary>
internal static class ReportQuestions
{
    /// <summary>The section's content, or null when the brief has no open questions.</summary>
    public static Element? Build(ReportComposition report, int section)
    {
        var context = report.Context;
        var questions = context.Brief.Questions;
        if (questions.Count == 0)
            return null;
        return ReportSection.Items(report, section, questions.Count, i =>
        {
            var question = questions[i];
            var parts = new List<Element>();
            if (question.Context is { } prose)
                parts.Add(report.Prose.Items(prose.Get(context.Language)));
            if (question.Related.Count > 0)
                parts.Add(Related(report, question.Related));
            Element content = parts.Count switch
            {
                0 => L.Empty(),
                1 => parts[0],
                _ => L.Column(column =>
                {
                    column.Spacing(4);
                    foreach (var part in parts)
                        column.Item(part);
                }),
            };
            return (context.Text(question.Text), content, null);
        });
    }

    private static Element Related(ReportComposition report, IReadOnlyList<Model.Identifier> related)
    {
        var context = report.Context;
        return report.Prose.Note((p, style) =>
        {
            p.Span(context.Profile.Polish(context.Strings.LabelRelated + ":") + " ", style);
            for (var i = 0; i < related.Count; i++)
            {
                if (i > 0)
                    p.Span(", ", style);
                var id = related[i].Value;
                var name = ItemList.NameOf(context, id);
                if (ItemList.AnchorOf(context, id) is { } anchor)
                    p.Link(name, new LinkTarget.Internal(anchor), style);
                else
                    p.Span(name, style);
            }
        });
    }
}
