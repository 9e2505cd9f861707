using Briefing.Diagnostics;
using Briefing.Typesetting.Layout;

namespace Briefing.Rendering;

/// <summary>
/// A brief whose content cannot be laid out, with the field that would not fit and where that field
/// stands in the file, so that the user is told as the validator tells them: file, line, column, field.
/// </summary>
public sealed class BriefLayoutException : Exception
{
    /// <summary>Wraps <paramref name="inner"/>, placed at <paramref name="field"/> (<c>title</c>, <c>sections[2]</c>...) and its <paramref name="span"/>.</summary>
    public BriefLayoutException(string field, SourceSpan span, LayoutException inner)
        : base(inner.Message, inner)
    {
        Field = field;
        Span = span;
    }

    /// <summary>The brief's field that did not fit, as the file names it (<c>title</c>, <c>participants</c>, <c>sections[2]</c>).</summary>
    public string Field { get; }

    /// <summary>Where the field stands in the brief's file.</summary>
    public SourceSpan Span { get; }

    /// <summary>The layout engine's own account (page and path of elements).</summary>
    public LayoutException Layout => (LayoutException)InnerException!;
}
