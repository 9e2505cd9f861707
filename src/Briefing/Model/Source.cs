using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A source the brief draws on.</summary>
public sealed record Source(LocalizedText Title, LocalizedText? Publisher, DateOnly? Date, string? Url, SourceSpan Span);
