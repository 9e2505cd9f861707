using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>An id (or a reference to one) as written, with where it was written.</summary>
public sealed record Identifier(string Value, SourceSpan Span)
{
    /// <summary>The id itself.</summary>
    public override string ToString() => Value;
}
