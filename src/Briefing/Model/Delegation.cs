using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A delegation (usually a country's).</summary>
public sealed record Delegation(Identifier Id, LocalizedText Name, SourceSpan Span);
