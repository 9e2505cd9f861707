using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// The brief's prose as 개조식 items: each paragraph is a point at the level it stands (□ under a heading),
/// a bullet list is the sub-points (○) of the paragraph before it, and a bold lead-in becomes a keyword lead,
/// <c>○ (군사비밀정보보호협정) 양 정상은 …</c>. Links stay links but look like the text around them: a report is
/// read on paper, where a blue underline means nothing.
/// </summary>
internal sealed class ReportProse(ComposeContext context, ReportStyles styles)
{
    private const double MarkerGap = 4;

    /// <summary>The prose as points at <paramref name="level"/> (0: □), their lists one level deeper.</summary>
    public Element Items(Prose prose, int level = 0)
    {
        var groups = new List<(ProseParagraph? Paragraph, ProseBulletList? List)>();
        foreach (var block in prose.Blocks)
        {
            switch (block)
            {
                case ProseParagraph paragraph:
                    groups.Add((paragraph, null));
                    break;
                case ProseBulletList list when groups.Count > 0 && groups[^1] is { Paragraph: not null, List: null } last:
                    groups[^1] = (last.Paragraph, list);
                    break;
                case ProseBulletList list:
                    groups.Add((null, list));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(prose), block.GetType().Name, "unknown prose block");
            }
        }

        var points = new List<Element>();
        foreach (var (paragraph, list) in groups)
        {
            if (paragraph is null)
            {
                // A list with no paragraph before it has nothing to be the sub-points of: its items are the points.
                points.AddRange(list!.Items.Select(item => Paragraph(item, StyleOf(level))));
                continue;
            }

            var text = Paragraph(paragraph, StyleOf(level));
            points.Add(list is null ? text : L.Column(c =>
            {
                c.Spacing(3);
                c.Item(text);
                c.Item(SubItems(list.Items, level + 1));
            }));
        }

        return Points(points, level);
    }

    /// <summary>Points at <paramref name="level"/>, each a paragraph.</summary>
    public Element SubItems(IReadOnlyList<ProseParagraph> paragraphs, int level) =>
        Points([.. paragraphs.Select(p => Paragraph(p, StyleOf(level)))], level);

    /// <summary>A point's paragraph at <paramref name="level"/> from runs built by <paramref name="build"/>.</summary>
    public Element Point(int level, Action<ParagraphDescriptor, TextStyle> build) =>
        context.Typesetter.Paragraph(StyleOf(level), styles.BodyParagraph, p => build(p, StyleOf(level)));

    /// <summary>A ※ note: <c>※ label: text</c> in Gothic, its later lines hanging under the text.</summary>
    public Element Note(Action<ParagraphDescriptor, TextStyle> build)
    {
        var style = styles.Note;
        return context.Typesetter.Paragraph(style, styles.TableParagraph with { HangingIndent = style.FontSize * 1.3 }, p =>
        {
            p.Span(ReportMarkers.Note + " ", style);
            build(p, style);
        });
    }

    /// <summary>The text style of a level.</summary>
    public TextStyle StyleOf(int level) => level >= 2 ? styles.Sub : styles.Body;

    /// <summary>One paragraph of the brief's prose in <paramref name="style"/>, a bold lead-in made a keyword lead.</summary>
    public Element Paragraph(ProseParagraph paragraph, TextStyle style) =>
        context.Typesetter.Paragraph(style, styles.BodyParagraph, p => Runs(p, paragraph, style));

    /// <summary>Adds the runs of <paramref name="paragraph"/> to <paramref name="p"/>.</summary>
    public void Runs(ParagraphDescriptor p, ProseParagraph paragraph, TextStyle style)
    {
        // The runs are set in the language's typography together, so a quote opened in one closes in another.
        // A mark stands for the language's words for it ("(가번역)"), set like the text around it.
        var texts = context.Profile.Polish(paragraph.Inlines
            .Select(inline => inline.Mark is { } mark ? context.Strings.Mark(mark) : inline.Text).ToList()).ToArray();
        var start = 0;
        if (KeywordLead.Of(paragraph, texts) is { } lead)
        {
            p.Span("(" + lead.Keyword + ") ", style with { Weight = 700 });
            start = 1;
            texts[1] = lead.Remainder;
        }

        for (var i = start; i < paragraph.Inlines.Count; i++)
        {
            var inline = paragraph.Inlines[i];
            if (texts[i].Length == 0)
                continue;
            var runStyle = style;
            if (inline.Bold)
                runStyle = runStyle with { Weight = 700 };
            if (inline.Italic)
                runStyle = runStyle with { Italic = true };
            if (inline.Url is { } url && ExternalLinkPolicy.IsAllowed(url))
                p.Link(texts[i], new LinkTarget.External(url), runStyle);
            else
                p.Span(texts[i], runStyle);
        }
    }

    /// <summary>Points at <paramref name="level"/> made of ready elements, each under its marker.</summary>
    public Element Points(IReadOnlyList<Element> bodies, int level)
    {
        var markerStyle = StyleOf(level) with { Weight = 400 };
        var marker = ReportMarkers.ForLevel(level);
        return L.List(list =>
        {
            list.LabelWidth(LabelWidth(level)).Gap(MarkerGap).Spacing(level == 0 ? 8 : 3);
            foreach (var body in bodies)
                list.Item(context.Typesetter.Paragraph(marker, markerStyle, styles.BodyParagraph, role: null), body);
        });
    }

    // A square and a circle take a full em; a dash less.
    private double LabelWidth(int level) => level >= 2 ? StyleOf(level).FontSize * 0.6 : StyleOf(level).FontSize;
}
