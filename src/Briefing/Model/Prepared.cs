using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>Who prepared the brief, on which day (also the PDF's creation date), and its version.</summary>
public sealed record Prepared(LocalizedText? By, DateOnly On, int Version, SourceSpan Span);
