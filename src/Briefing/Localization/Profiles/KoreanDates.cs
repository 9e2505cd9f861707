namespace Briefing.Localization.Profiles;

/// <summary>
/// Korean dates per 행정업무운영 편람: <c>2025. 10. 30.(목)</c> (spaces after each period, no leading zeros, the
/// weekday in parentheses as reports write it) and <c>2025년 10월 30일</c> in prose.
/// </summary>
public sealed class KoreanDates : DateStyle
{
    private static readonly string[] Weekdays = ["일", "월", "화", "수", "목", "금", "토"];

    /// <summary><c>2025. 10. 30.(목)</c>.</summary>
    public override string Short(DateOnly date) => Numeric(date) + Weekday(date);

    /// <summary><c>2025년 10월 30일</c>.</summary>
    public override string Long(DateOnly date) => $"{date.Year}년 {date.Month}월 {date.Day}일";

    /// <summary><c>2025년 10월 30일(목)</c>.</summary>
    public override string LongWithWeekday(DateOnly date) => Long(date) + Weekday(date);

    /// <summary><c>2025. 10. 30.</c>, without the weekday.</summary>
    public static string Numeric(DateOnly date) => $"{date.Year}. {date.Month}. {date.Day}.";

    private static string Weekday(DateOnly date) => $"({Weekdays[(int)date.DayOfWeek]})";
}
