using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>An agreement, its status, the delegations party to it and what it says.</summary>
public sealed record Agreement(
    Identifier Id,
    LocalizedText Title,
    AgreementStatus Status,
    IReadOnlyList<Identifier> Parties,
    LocalizedProse Summary,
    SourceSpan Span)
{
    /// <summary>The words for the status in this brief, in place of the status's own (null: the status's own words).</summary>
    public LocalizedText? StatusLabel { get; init; }
}
