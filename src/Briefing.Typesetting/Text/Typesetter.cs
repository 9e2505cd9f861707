using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Elements;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text.LineBreaking;

namespace Briefing.Typesetting.Text;

/// <summary>
/// Makes text elements. It holds what text layout needs (the fonts and a line breaker), so text
/// elements are created through it rather than through the static <see cref="Fluent.Blocks"/> entry
/// points. One typesetter can serve many documents and threads.
/// </summary>
public sealed class Typesetter : IDisposable
{
    private readonly LineBreaker _lineBreaker;
    private readonly ParagraphLayouter _layouter;

    /// <summary>A typesetter over the given fonts, with ICU's line breaking plus keep-all.</summary>
    public Typesetter(IFontSelector fonts)
    {
        Fonts = fonts;
        _lineBreaker = new LineBreaker();
        _layouter = new ParagraphLayouter(fonts, _lineBreaker);
    }

    /// <summary>The fonts text is set in.</summary>
    public IFontSelector Fonts { get; }

    /// <summary>A paragraph built span by span; tagged P unless the descriptor says otherwise.</summary>
    public Element Paragraph(TextStyle style, ParagraphStyle paragraphStyle, Action<ParagraphDescriptor> build)
    {
        var descriptor = new ParagraphDescriptor(style, paragraphStyle);
        build(descriptor);
        return new Paragraph(_layouter, descriptor.Spans.ToArray(), descriptor.ParagraphStyle, descriptor.TagRole);
    }

    /// <summary>A paragraph of plain text in one style.</summary>
    public Element Paragraph(string text, TextStyle style, ParagraphStyle? paragraphStyle = null, StructureRole? role = StructureRole.P) =>
        new Paragraph(_layouter, [new TextSpan(text, style)], paragraphStyle ?? new ParagraphStyle(), role);

    /// <summary>Lays out spans without making an element (for measuring, or for tests).</summary>
    public ParagraphLayout LayOut(IReadOnlyList<TextSpan> spans, ParagraphStyle style, double width) =>
        _layouter.Layout(spans, style, width);

    /// <inheritdoc />
    public void Dispose() => _lineBreaker.Dispose();
}
