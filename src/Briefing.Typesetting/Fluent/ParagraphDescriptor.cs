using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Fluent;

/// <summary>Collects the spans of one paragraph: <c>p.Span("Hello ", style).Span("world", bold)</c>.</summary>
public sealed class ParagraphDescriptor
{
    private readonly List<TextSpan> _spans = [];

    internal ParagraphDescriptor(TextStyle defaultStyle, ParagraphStyle paragraphStyle)
    {
        DefaultStyle = defaultStyle;
        ParagraphStyle = paragraphStyle;
    }

    internal TextStyle DefaultStyle { get; private set; }

    internal ParagraphStyle ParagraphStyle { get; private set; }

    internal StructureRole? TagRole { get; private set; } = StructureRole.P;

    internal IReadOnlyList<TextSpan> Spans => _spans;

    /// <summary>Adds text in the given style (the paragraph's default style when null).</summary>
    public ParagraphDescriptor Span(string text, TextStyle? style = null)
    {
        _spans.Add(new TextSpan(text, style ?? DefaultStyle));
        return this;
    }

    /// <summary>Adds text that links to an external URI or an internal destination.</summary>
    public ParagraphDescriptor Link(string text, LinkTarget target, TextStyle? style = null)
    {
        _spans.Add(new TextSpan(text, style ?? DefaultStyle, target));
        return this;
    }

    /// <summary>Sets the style used by spans added without one.</summary>
    public ParagraphDescriptor Style(TextStyle style)
    {
        DefaultStyle = style;
        return this;
    }

    /// <summary>Sets alignment, leading, spacing and indents.</summary>
    public ParagraphDescriptor Format(ParagraphStyle style)
    {
        ParagraphStyle = style;
        return this;
    }

    /// <summary>Tags the paragraph with another structure role (a heading, say); null leaves it untagged.</summary>
    public ParagraphDescriptor Role(StructureRole? role)
    {
        TagRole = role;
        return this;
    }
}
