using System.Globalization;

namespace Briefing.Localization.Profiles;

/// <summary>
/// English dates: month first in North America (<c>October 30, 2025</c>), day first in Britain
/// (<c>30 October 2025</c>); the short form is the region's numeric one (ISO <c>2025-10-30</c> in Canada,
/// <c>10/30/2025</c> in the United States, <c>30/10/2025</c> in Britain).
/// </summary>
public sealed class EnglishDates(bool dayFirst, string shortPattern) : DateStyle
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <inheritdoc />
    public override string Short(DateOnly date) => date.ToString(shortPattern, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string Long(DateOnly date) =>
        dayFirst ? $"{date.Day} {Months[date.Month - 1]} {date.Year}" : $"{Months[date.Month - 1]} {date.Day}, {date.Year}";

    /// <inheritdoc />
    public override string LongWithWeekday(DateOnly date) =>
        (dayFirst ? $"{Weekdays[(int)date.DayOfWeek]} " : $"{Weekdays[(int)date.DayOfWeek]}, ") + Long(date);
}
