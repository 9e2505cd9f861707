namespace Briefing.Localization;

/// <summary>
/// Dates the way each language writes them, without reading the thread's culture: Korean per
/// 행정업무운영 편람 (<c>2025. 10. 30.(목)</c>, <c>2025년 10월 30일(목)</c>), English per Canadian style
/// (<c>October 30, 2025</c>; the all-numeric form is ISO <c>2025-10-30</c>).
/// </summary>
public static class DateFormatter
{
    private static readonly string[] KoreanWeekdays = ["일", "월", "화", "수", "목", "금", "토"];

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>The compact form for tables and headers: <c>2025. 10. 30.(목)</c> / <c>2025-10-30</c>.</summary>
    public static string Short(DateOnly date, string language) =>
        IsKorean(language) ? KoreanShort(date, withWeekday: true) : date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The prose form: <c>2025년 10월 30일(목)</c> / <c>October 30, 2025</c>.</summary>
    public static string Long(DateOnly date, string language) =>
        IsKorean(language) ? KoreanLong(date, withWeekday: true) : EnglishLong(date);

    /// <summary><c>2025. 10. 30.</c>, with <c>(목)</c> when asked: spaces after each period, no leading zeros.</summary>
    public static string KoreanShort(DateOnly date, bool withWeekday) =>
        $"{date.Year}. {date.Month}. {date.Day}." + (withWeekday ? KoreanWeekday(date) : string.Empty);

    /// <summary><c>2025년 10월 30일</c>, with <c>(목)</c> when asked.</summary>
    public static string KoreanLong(DateOnly date, bool withWeekday) =>
        $"{date.Year}년 {date.Month}월 {date.Day}일" + (withWeekday ? KoreanWeekday(date) : string.Empty);

    /// <summary><c>October 30, 2025</c>.</summary>
    public static string EnglishLong(DateOnly date) =>
        $"{EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}";

    private static string KoreanWeekday(DateOnly date) => $"({KoreanWeekdays[(int)date.DayOfWeek]})";

    private static bool IsKorean(string language) =>
        language.Equals("ko", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ko-", StringComparison.OrdinalIgnoreCase);
}
