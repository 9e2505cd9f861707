using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
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
    public double ParagraphGap => context.IsKorean ? 5 : 6;

    /// <summary>One paragraph of styled runs.</summary>
    public Element Paragraph(ProseParagraph paragraph, TextStyle style, ParagraphStyle paragraphStyle) =>
        context.Typesetter.Paragraph(style, paragraphStyle, p =>
        {
            foreach (var inline in paragraph.Inlines)
            {
                var runStyle = style;
                if (inline.Bold)
                    runStyle = runStyle with { Weight = 700 };
                if (inline.Italic)
                    runStyle = runStyle with { Italic = true };
                if (inline.Url is { } url && IsSafeLink(url))
                    p.Link(inline.Text, new LinkTarget.External(url), runStyle with { Color = Palette.Accent, Underline = true });
                else
                    p.Span(inline.Text, runStyle);
            }
        });

    /// <summary>The bullet character of a prose list: <c>○</c> in Korean reports (the second level of □ ○ -), <c>•</c> in English.</summary>
    public string Bullet => context.IsKorean ? "\u25CB" : "\u2022";

    /// <summary>A bullet list of paragraphs.</summary>
    public Element BulletList(IReadOnlyList<ProseParagraph> items, TextStyle style, ParagraphStyle paragraphStyle)
    {
        var bulletStyle = style with { Color = Palette.Accent, Weight = 400 };
        return L.List(list =>
        {
            list.LabelWidth(context.Type.BulletLabelWidth).Gap(2).Spacing(context.IsKorean ? 1 : 2);
            foreach (var item in items)
                list.Item(context.Typesetter.Paragraph(Bullet, bulletStyle, paragraphStyle, role: null), Paragraph(item, style, paragraphStyle));
        });
    }

    /// <summary>Whether a URL may become a link annotation.</summary>
    public static bool IsSafeLink(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private Element Block(ProseBlock block, TextStyle style, ParagraphStyle paragraphStyle) =>
        block switch
        {
            ProseParagraph paragraph => Paragraph(paragraph, style, paragraphStyle),
            ProseBulletList list => BulletList(list.Items, style, paragraphStyle),
            _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "unknown prose block"),
        };
}
