using System.Globalization;

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
    public string Key => $"{Year?.ToString(CultureInfo.InvariantCulture) ?? "-"}-{Month}-{Day?.ToString(CultureInfo.InvariantCulture) ?? "-"}";

    /// <summary>
    /// The keys under which other texts find this mention: its month and day with any year, and with its own
    /// year or with none. <see cref="Matches"/> holds exactly when one of the other's <see cref="Probes"/> is among them.
    /// </summary>
    public IEnumerable<string> Index => [$"{MonthDay}|any", $"{MonthDay}|{YearText}"];

    /// <summary>The keys that find a matching mention: any year when this one has none; else its year, or none.</summary>
    public IEnumerable<string> Probes => Year is null ? [$"{MonthDay}|any"] : [$"{MonthDay}|{YearText}", $"{MonthDay}|none"];

    private string MonthDay => $"{Month}-{Day?.ToString(CultureInfo.InvariantCulture) ?? "-"}";

    private string YearText => Year?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
