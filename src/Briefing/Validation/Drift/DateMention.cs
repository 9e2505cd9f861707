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

    /// <summary>The date as written in one form, for telling two mentions of it apart from two dates.</summary>
    public (int? Year, int Month, int? Day) Key => (Year, Month, Day);

    /// <summary>
    /// Adds the keys under which other texts find this mention: its month and day with any year, and with its own
    /// year or with none. <see cref="Matches"/> holds exactly when the other is <see cref="IsFoundIn"/> them.
    /// </summary>
    public void AddKeysTo(HashSet<DateKey> index)
    {
        index.Add(new DateKey(Month, Day, null, AnyYear: true));
        index.Add(new DateKey(Month, Day, Year, AnyYear: false));
    }

    /// <summary>
    /// Whether an index of <see cref="AddKeysTo"/> holds a matching mention: with any year when this one has
    /// none; else with its year, or with none.
    /// </summary>
    public bool IsFoundIn(HashSet<DateKey> index) => Year is null
        ? index.Contains(new DateKey(Month, Day, null, AnyYear: true))
        : index.Contains(new DateKey(Month, Day, Year, AnyYear: false)) || index.Contains(new DateKey(Month, Day, null, AnyYear: false));
}
