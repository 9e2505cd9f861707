namespace Briefing.Validation.Drift;

/// <summary>What one part of a text states that a translation must state too.</summary>
internal sealed record TextFacts(
    IReadOnlyList<Figure> Figures,
    IReadOnlySet<decimal> SpelledNumbers,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<LinkMention> Urls,
    IReadOnlyList<LinkMention> Emails)
{
    /// <summary>Whether the part states nothing to compare (spelled numbers only ever excuse a missing figure).</summary>
    public bool HasNothingToCompare => Figures.Count == 0 && Dates.Count == 0 && Urls.Count == 0 && Emails.Count == 0;
}
