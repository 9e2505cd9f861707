using System.Globalization;

namespace Briefing.Localization.Profiles;

/// <summary>
/// French dates: <c>30 octobre 2025</c>, <c>le jeudi 30 octobre 2025</c>, months and weekdays in lower case
/// and <c>1er</c> for the first of the month; the short form is the region's numeric one (ISO
/// <c>2025-10-30</c> in Canada, <c>30/10/2025</c> in France).
/// </summary>
public sealed class FrenchDates(string shortPattern) : DateStyle
{
    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    private static readonly string[] Weekdays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    /// <inheritdoc />
    public override string Short(DateOnly date) => date.ToString(shortPattern, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string Long(DateOnly date) =>
        $"{Day(date)} {Months[date.Month - 1]} {date.Year}";

    /// <inheritdoc />
    public override string LongWithWeekday(DateOnly date) => $"le {Weekdays[(int)date.DayOfWeek]} {Long(date)}";

    private static string Day(DateOnly date) =>
        date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
}
