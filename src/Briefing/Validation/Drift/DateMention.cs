namespace Briefing.Validation.Drift;

/// <summary>
/// A date named in a text, in words or digits (<c>October 30, 2025</c>, <c>2025. 10. 30.</c>, <c>10월 30일</c>,
/// <c>in June</c>): the year and the day are absent when the text leaves them out.
/// </summary>
internal sealed record DateMention(int? Year, int Month, int? Day, string Written)
{
    /// <summary>
    /// Whether two mentions name the same date: same month, and same day or both without one. The year
    /// counts only when both give it, since a translation may leave out a year its context makes plain.
    /// </summary>
    public bool Matches(DateMention other) =>
        Month == other.Month && Day == other.Day && (Year is null || other.Year is null || Year == other.Year);
}
