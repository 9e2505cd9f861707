using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Sample;

/// <summary>
/// Builds paragraphs through the public fluent API and remembers their text in order, so the checks
/// can compare what a PDF reader gets back with what went in.
/// </summary>
public sealed class SampleText(Typesetter typesetter)
{
    private readonly List<string> _texts = [];

    /// <summary>The text of every paragraph built so far, in order.</summary>
    public IReadOnlyList<string> Texts => _texts;

    /// <summary>A paragraph of spans: plain text, or a link when a target is given.</summary>
    public Element Paragraph(TextStyle style, ParagraphStyle format, params (string Text, TextStyle? Style, LinkTarget? Link)[] spans) =>
        Paragraph(style, format, StructureRole.P, spans);

    /// <summary>A paragraph of spans in the given structure role.</summary>
    public Element Paragraph(TextStyle style, ParagraphStyle format, StructureRole? role, params (string Text, TextStyle? Style, LinkTarget? Link)[] spans)
    {
        _texts.Add(string.Concat(spans.Select(s => s.Text)));
        return typesetter.Paragraph(style, format, p =>
        {
            p.Role(role);
            foreach (var (text, spanStyle, link) in spans)
            {
                if (link is null)
                    p.Span(text, spanStyle);
                else
                    p.Link(text, link, spanStyle);
            }
        });
    }

    /// <summary>A paragraph of plain text in one style.</summary>
    public Element Plain(string text, TextStyle style, ParagraphStyle? format = null, StructureRole? role = StructureRole.P)
    {
        _texts.Add(text);
        return typesetter.Paragraph(text, style, format, role);
    }
}
