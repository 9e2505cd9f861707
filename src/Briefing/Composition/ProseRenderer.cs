using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// Sets the brief's light markup: paragraphs and bullet lists of bold, italic and linked runs. Only
/// http, https and mailto links become links; anything else stays plain text (the loader refuses other
/// schemes already, this keeps the PDF safe if one slips through).
/// </summary>
internal sealed class ProseRenderer(ComposeContext context)
{
    /// <summary>The prose as a column of paragraphs and lists in running-text style.</summary>
    public Element Render(Prose prose) => Render(prose, context.Type.Body, context.Type.BodyParagraph, ParagraphGap);

    /// <summary>The prose in a given base style (tables, notes), with a given gap between blocks.</summary>
    public Element Render(Prose prose, TextStyle style, ParagraphStyle paragraphStyle, double gap)
    {
        if (prose.Blocks.Count == 1)
            return Block(prose.Blocks[0], style, paragraphStyle);
        return L.Column(column =>
        {
            column.Spacing(gap);
            foreach (var block in prose.Blocks)
                column.Item(Block(block, style, paragraphStyle));
        });
    }

    /// <summary>The space between paragraphs of running text.</summary>
    public double ParagraphGap => context.Profile.Metrics.ParagraphGap;

    /// <summary>One paragraph of styled runs.</summary>
    public Element Paragraph(ProseParagraph paragraph, TextStyle style, ParagraphStyle paragraphStyle) =>
        context.Typesetter.Paragraph(style, paragraphStyle, p =>
        {
            // The runs are set in the language's typography together, so a quote opened in one closes in another.
            // A mark stands for the language's words for it ("(가번역)"), set like the text around it.
            var texts = context.Profile.Polish(paragraph.Inlines
                .Select(inline => inline.Mark is { } mark ? context.Strings.Mark(mark) : inline.Text).ToList());
            for (var i = 0; i < paragraph.Inlines.Count; i++)
            {
                var inline = paragraph.Inlines[i];
                var text = texts[i];
                var runStyle = style;
                if (inline.Bold)
                    runStyle = runStyle with { Weight = 700 };
                if (inline.Italic)
                    runStyle = runStyle with { Italic = true };
                if (inline.Url is { } url && ExternalLinkPolicy.IsAllowed(url))
                    p.Link(text, new LinkTarget.External(url), runStyle with { Color = context.Palette.Accent, Underline = true });
                else
                    p.Span(text, runStyle);
            }
        });

    /// <summary>The bullet character of a prose list: <c>○</c> in Korean reports (the second level of □ ○ -), <c>•</c> in English.</summary>
    public string Bullet => context.Profile.Lists.Bullet;

    /// <summary>A bullet list of paragraphs.</summary>
    public Element BulletList(IReadOnlyList<ProseParagraph> items, TextStyle style, ParagraphStyle paragraphStyle)
    {
        var bulletStyle = style with { Color = context.Palette.Accent, Weight = 400 };
        return L.List(list =>
        {
            list.LabelWidth(context.Type.BulletLabelWidth).Gap(2).Spacing(context.Profile.Metrics.BulletSpacing);
            foreach (var item in items)
                list.Item(context.Typesetter.Paragraph(Bullet, bulletStyle, paragraphStyle, role: null), Paragraph(item, style, paragraphStyle));
        });
    }

    /// <summary>
    /// One item of a bullet list in running-text style, as a list of its own that joins every list built with
    /// <paramref name="list"/> into one L (a parallel edition pairs a question's bullets one by one).
    /// </summary>
    public Element BulletPiece(ProseParagraph item, object list)
    {
        var style = context.Type.Body;
        var paragraphStyle = context.Type.BodyParagraph;
        var bulletStyle = style with { Color = context.Palette.Accent, Weight = 400 };
        return L.List(piece => piece
            .LabelWidth(context.Type.BulletLabelWidth).Gap(2).Joins(list)
            .Item(context.Typesetter.Paragraph(Bullet, bulletStyle, paragraphStyle, role: null), Paragraph(item, style, paragraphStyle)));
    }

    /// <summary>
    /// Whether prose in two languages can be set in pieces beside each other: it opens with a paragraph, and has
    /// the same blocks, bullet lists of the same length.
    /// </summary>
    public static bool PairsPieceByPiece(Prose a, Prose b)
    {
        if (a.Blocks.Count != b.Blocks.Count || a.Blocks.Count == 0 || a.Blocks[0] is not ProseParagraph)
            return false;
        for (var i = 0; i < a.Blocks.Count; i++)
        {
            var same = (a.Blocks[i], b.Blocks[i]) switch
            {
                (ProseParagraph, ProseParagraph) => true,
                (ProseBulletList x, ProseBulletList y) => x.Items.Count == y.Items.Count,
                _ => false,
            };
            if (!same)
                return false;
        }

        return true;
    }

    /// <summary>
    /// The blocks of running text after the first, as pieces a parallel edition pairs one by one: each paragraph,
    /// and each bullet (a list's bullets one L), with the space above it it has in the whole prose
    /// (<paramref name="gap"/> between blocks, <paramref name="bulletSpacing"/> between bullets).
    /// </summary>
    public IEnumerable<Element> PiecesAfterFirst(Prose prose, double gap, double bulletSpacing)
    {
        var type = context.Type;
        for (var i = 1; i < prose.Blocks.Count; i++)
        {
            if (prose.Blocks[i] is ProseBulletList list)
            {
                var key = new object();
                for (var j = 0; j < list.Items.Count; j++)
                    yield return BulletPiece(list.Items[j], key).PaddingTop(j == 0 ? gap : bulletSpacing);
            }
            else
            {
                yield return Paragraph((ProseParagraph)prose.Blocks[i], type.Body, type.BodyParagraph).PaddingTop(gap);
            }
        }
    }

    private Element Block(ProseBlock block, TextStyle style, ParagraphStyle paragraphStyle) =>
        block switch
        {
            ProseParagraph paragraph => Paragraph(paragraph, style, paragraphStyle),
            ProseBulletList list => BulletList(list.Items, style, paragraphStyle),
            _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "unknown prose block"),
        };
}
