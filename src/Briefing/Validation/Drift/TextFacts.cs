namespace Briefing.Validation.Drift;

/// <summary>What one part of a text states that a translation must state too.</summary>
internal sealed record TextFacts(
    IReadOnlyList<Figure> Figures,
    IReadOnlySet<decimal> SpelledNumbers,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<LinkMention> Urls,
    IReadOnlyList<LinkMention> Emails);
