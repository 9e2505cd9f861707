using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Note;

/// <summary>
/// The open questions under Considerations: a sub-heading ("Open questions"), then each question in bold with its
/// context under it, as a bullet list so that each question and its context read as one item.
/// </summary>
internal static class NoteConsiderations
{
    /// <summary>The open questions, or null when the brief has none.</summary>
    public static Element? Questions(NoteComposition note)
    {
        var context = note.Context;
        var questions = context.Brief.Questions;
        if (questions.Count == 0)
            return null;
        var styles = note.Styles;
        var bullet = styles.Body with { Weight = 400 };
        return L.Column(column =>
        {
            column.Spacing(4);
            column.Item(NoteSection.SubHeading(note, context.Strings.NoteOpenQuestions));
            column.Item(L.List(list =>
            {
                list.LabelWidth(context.Type.BulletLabelWidth).Gap(2).Spacing(8);
                foreach (var question in questions)
                {
                    list.Item(
                        context.Paragraph(context.Prose.Bullet, bullet, styles.BodyParagraph, role: null),
                        L.Column(item =>
                        {
                            item.Spacing(3);
                            item.Item(context.Paragraph(context.Text(question.Text), styles.Bold, styles.BodyParagraph).KeepWithNext());
                            if (question.Context is { } prose)
                                item.Item(NoteProse.Render(note, prose.Get(context.Language)));
                        }));
                }
            }));
        });
    }
}
