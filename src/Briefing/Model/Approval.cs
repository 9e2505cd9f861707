using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>One approval of the brief: who approved it, their title and unit, and on which day.</summary>
public sealed record Approval(LocalizedText By, LocalizedText? Title, LocalizedText? Unit, DateOnly? On, SourceSpan Span);
