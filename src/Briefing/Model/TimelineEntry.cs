using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>One dated event of the timeline.</summary>
public sealed record TimelineEntry(DateOnly Date, LocalizedText Event, SourceSpan Span);
