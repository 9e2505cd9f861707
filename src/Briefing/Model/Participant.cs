using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A person taking part, with their title and, optionally, delegation and a note.</summary>
public sealed record Participant(
    Identifier Id,
    LocalizedText Name,
    LocalizedText Title,
    Identifier? Delegation,
    LocalizedProse? Note,
    SourceSpan Span)
{
    /// <summary>Whether the person took part or is only named in the sources (default: took part).</summary>
    public ParticipantKind Kind { get; init; } = ParticipantKind.Participant;
}
