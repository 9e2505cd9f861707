using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>Who prepared the brief, on which day (also the PDF's creation date), and its version.</summary>
public sealed record Prepared(LocalizedText? By, DateOnly On, int Version, SourceSpan Span)
{
    /// <summary>The preparer's title, e.g. "Policy Analyst".</summary>
    public LocalizedText? Title { get; init; }

    /// <summary>The preparer's unit, e.g. "Korea Division".</summary>
    public LocalizedText? Unit { get; init; }

    /// <summary>The preparer's telephone number, as written.</summary>
    public string? Telephone { get; init; }
}
