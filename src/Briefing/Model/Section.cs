using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A free section (background, protocol notes...) with a title and prose body.</summary>
public sealed record Section(Identifier Id, LocalizedText Title, LocalizedProse Body, SourceSpan Span)
{
    /// <summary>What the section is to the reader (null: not said; a frame then places it by its own rules).</summary>
    public SectionRole? Role { get; init; }
}
