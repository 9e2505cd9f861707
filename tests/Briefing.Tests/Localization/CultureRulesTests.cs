using Briefing.Localization;

namespace Briefing.Tests.Localization;

public sealed class CultureRulesTests
{
    private static readonly DateOnly SummitDay = new(2025, 10, 30);

    [Fact]
    public void Korean_short_dates_have_spaces_after_periods_and_the_weekday()
    {
        Assert.Equal("2025. 10. 30.(목)", DateFormatter.Short(SummitDay, "ko"));
        Assert.Equal("2025. 1. 5.", DateFormatter.KoreanShort(new DateOnly(2025, 1, 5), withWeekday: false));
    }

    [Fact]
    public void Korean_long_dates_spell_out_year_month_and_day()
    {
        Assert.Equal("2025년 10월 30일(목)", DateFormatter.Long(SummitDay, "ko"));
        Assert.Equal("2025년 10월 30일", DateFormatter.KoreanLong(SummitDay, withWeekday: false));
    }

    [Theory]
    [InlineData(2025, 10, 26, "일")]
    [InlineData(2025, 10, 27, "월")]
    [InlineData(2025, 10, 28, "화")]
    [InlineData(2025, 10, 29, "수")]
    [InlineData(2025, 10, 31, "금")]
    [InlineData(2025, 11, 1, "토")]
    public void Korean_weekdays_match_the_calendar(int year, int month, int day, string weekday)
    {
        Assert.EndsWith($"({weekday})", DateFormatter.Short(new DateOnly(year, month, day), "ko"));
    }

    [Fact]
    public void English_dates_are_month_day_year_in_prose_and_iso_in_tables()
    {
        Assert.Equal("October 30, 2025", DateFormatter.Long(SummitDay, "en"));
        Assert.Equal("January 5, 2026", DateFormatter.EnglishLong(new DateOnly(2026, 1, 5)));
        Assert.Equal("2025-10-30", DateFormatter.Short(SummitDay, "en"));
    }

    [Fact]
    public void Korean_puts_the_title_after_the_name_and_english_before()
    {
        Assert.Equal("이재명 대통령", PersonNames.WithTitle("이재명", "대통령", "ko"));
        Assert.Equal("President Lee Jae Myung", PersonNames.WithTitle("Lee Jae Myung", "President", "en"));
        Assert.Equal("마크 카니 캐나다 총리", PersonNames.WithTitle("마크 카니", "캐나다 총리", "ko"));
        Assert.Equal("Mark Carney", PersonNames.WithTitle("Mark Carney", "", "en"));
    }

    [Theory]
    [InlineData(1, 1, "1.")]
    [InlineData(1, 12, "12.")]
    [InlineData(2, 1, "가.")]
    [InlineData(2, 3, "다.")]
    [InlineData(3, 2, "2)")]
    [InlineData(4, 2, "나)")]
    [InlineData(5, 3, "(3)")]
    [InlineData(6, 4, "(라)")]
    [InlineData(7, 1, "①")]
    [InlineData(7, 20, "⑳")]
    [InlineData(8, 1, "㉮")]
    [InlineData(8, 14, "㉻")]
    [InlineData(2, 14, "하.")]
    [InlineData(2, 15, "거.")]
    [InlineData(2, 16, "너.")]
    [InlineData(2, 17, "더.")]
    [InlineData(2, 28, "허.")]
    [InlineData(2, 29, "고.")]
    [InlineData(4, 15, "거)")]
    [InlineData(6, 15, "(거)")]
    [InlineData(6, 30, "(노)")]
    [InlineData(2, 85, "가가.")]
    [InlineData(7, 21, "㉑")]
    [InlineData(7, 50, "㊿")]
    [InlineData(7, 51, "(51)")]
    [InlineData(8, 15, "(거)")]
    public void Korean_outline_labels_follow_the_report_sequence(int level, int index, string label)
    {
        Assert.Equal(label, OutlineNumbering.Label(level, index));
    }

    [Fact]
    public void Hangul_labels_never_fall_back_to_digits()
    {
        for (var index = 1; index <= 200; index++)
        {
            foreach (var level in new[] { 2, 4, 6 })
            {
                var label = OutlineNumbering.Label(level, index);
                Assert.DoesNotContain(label, char.IsAsciiDigit);
            }
        }

        var labels = Enumerable.Range(1, 200).Select(i => OutlineNumbering.Label(2, i)).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Fact]
    public void Outline_levels_outside_the_sequence_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutlineNumbering.Label(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => OutlineNumbering.Label(9, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => OutlineNumbering.Label(1, 0));
    }
}
