using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>One person or unit consulted on the brief; it has a name, a unit, or both.</summary>
public sealed record Consultation(LocalizedText? Name, LocalizedText? Title, LocalizedText? Unit, SourceSpan Span);
