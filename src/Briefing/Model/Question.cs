using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>An outstanding question, its context and the agreements, participants or delegations it concerns.</summary>
public sealed record Question(
    Identifier Id,
    LocalizedText Text,
    LocalizedProse? Context,
    IReadOnlyList<Identifier> Related,
    SourceSpan Span);
