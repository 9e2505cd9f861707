using Briefing.Localization;
using Briefing.Localization.Profiles;
using Briefing.Model;

namespace Briefing.Tests.Localization;

public sealed class CultureRulesTests
{
    private static readonly DateOnly SummitDay = new(2025, 10, 30);

    private static LanguageProfile Korean => LanguageProfiles.For("ko");

    private static LanguageProfile English => LanguageProfiles.For("en");

    private static LanguageProfile French => LanguageProfiles.For("fr");

    [Fact]
    public void Korean_short_dates_have_spaces_after_periods_and_the_weekday()
    {
        Assert.Equal("2025. 10. 30.(목)", Korean.Dates.Short(SummitDay));
        Assert.Equal("2025. 1. 5.", KoreanDates.Numeric(new DateOnly(2025, 1, 5)));
    }

    [Fact]
    public void Korean_long_dates_spell_out_year_month_and_day()
    {
        Assert.Equal("2025년 10월 30일(목)", Korean.Dates.LongWithWeekday(SummitDay));
        Assert.Equal("2025년 10월 30일", Korean.Dates.Long(SummitDay));
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
        Assert.EndsWith($"({weekday})", Korean.Dates.Short(new DateOnly(year, month, day)));
    }

    [Fact]
    public void English_dates_are_month_day_year_in_prose_and_iso_in_tables()
    {
        Assert.Equal("October 30, 2025", English.Dates.Long(SummitDay));
        Assert.Equal("January 5, 2026", English.Dates.Long(new DateOnly(2026, 1, 5)));
        Assert.Equal("2025-10-30", English.Dates.Short(SummitDay));
        Assert.Equal("Thursday, October 30, 2025", English.Dates.LongWithWeekday(SummitDay));
    }

    [Theory]
    [InlineData("en-CA", "October 30, 2025", "2025-10-30")]
    [InlineData("en-US", "October 30, 2025", "10/30/2025")]
    [InlineData("en-GB", "30 October 2025", "30/10/2025")]
    [InlineData("fr-CA", "30 octobre 2025", "2025-10-30")]
    [InlineData("fr-FR", "30 octobre 2025", "30/10/2025")]
    public void Each_region_writes_its_own_dates(string tag, string longForm, string shortForm)
    {
        var profile = LanguageProfiles.For(tag);

        Assert.Equal((longForm, shortForm), (profile.Dates.Long(SummitDay), profile.Dates.Short(SummitDay)));
    }

    [Fact]
    public void French_dates_are_lower_case_with_le_and_the_weekday_and_1er()
    {
        Assert.Equal("30 octobre 2025", French.Dates.Long(SummitDay));
        Assert.Equal("le jeudi 30 octobre 2025", French.Dates.LongWithWeekday(SummitDay));
        Assert.Equal("1er août 2025", French.Dates.Long(new DateOnly(2025, 8, 1)));
        Assert.Equal("le lundi 2 février 2026", French.Dates.LongWithWeekday(new DateOnly(2026, 2, 2)));
    }

    [Fact]
    public void Korean_puts_the_title_after_the_name_english_before_and_french_after_a_comma()
    {
        Assert.Equal("이재명 대통령", Korean.WithTitle("이재명", "대통령"));
        Assert.Equal("President Lee Jae Myung", English.WithTitle("Lee Jae Myung", "President"));
        Assert.Equal("마크 카니 캐나다 총리", Korean.WithTitle("마크 카니", "캐나다 총리"));
        Assert.Equal("Mark Carney", English.WithTitle("Mark Carney", ""));
        Assert.Equal("Presidential Spokesperson Kim Nam-joon", English.WithTitle("Kim Nam-joon", "Presidential Spokesperson"));
        Assert.Equal("David McGuinty, Minister of National Defence", English.WithTitle("David McGuinty", "Minister of National Defence"));
        Assert.Equal("Diana Fox Carney, spouse of the Prime Minister", English.WithTitle("Diana Fox Carney", "spouse of the Prime Minister"));
        Assert.Equal("Mark Carney, premier ministre", French.WithTitle("Mark Carney", "premier ministre"));
        Assert.Equal("Diana Fox Carney", French.WithTitle("Diana Fox Carney", " "));
    }

    [Theory]
    [InlineData("en", 1200L, "1,200")]
    [InlineData("fr-CA", 1200L, "1\u00A0200")]
    [InlineData("fr-FR", 1234567L, "1\u202F234\u202F567")]
    [InlineData("ko", 1200L, "1,200")]
    public void Numbers_group_thousands_as_the_locale_does(string tag, long value, string expected)
    {
        Assert.Equal(expected, LanguageProfiles.For(tag).Numbers.Format(value));
    }

    [Fact]
    public void French_decimals_take_a_comma()
    {
        Assert.Equal("1\u00A0200,50", French.Numbers.Format(1200.5m, 2));
    }

    [Theory]
    [InlineData("en", "en-CA", PaperSize.Letter)]
    [InlineData("en-US", "en-US", PaperSize.Letter)]
    [InlineData("en-GB", "en-GB", PaperSize.A4)]
    [InlineData("fr", "fr-CA", PaperSize.Letter)]
    [InlineData("fr-FR", "fr-FR", PaperSize.A4)]
    [InlineData("ko", "ko-KR", PaperSize.A4)]
    [InlineData("KO-kr", "ko-KR", PaperSize.A4)]
    public void A_language_alone_takes_its_default_region(string tag, string pdfLanguage, PaperSize paper)
    {
        var profile = LanguageProfiles.For(tag);

        Assert.Equal((pdfLanguage, paper), (profile.PdfLanguage, profile.DefaultPaper));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en-AU")]
    [InlineData("fr-CA-x")]
    public void A_locale_without_a_profile_has_none(string tag)
    {
        Assert.Null(LanguageProfiles.Find(tag));
    }

    [Theory]
    [InlineData("en", "UNCLASSIFIED", "PROTECTED B", "TOP SECRET")]
    [InlineData("fr", "NON CLASSIFIÉ", "PROTÉGÉ\u00A0B", "TRÈS SECRET")]
    [InlineData("ko", "일반", "대외비", "Ⅰ급비밀")]
    public void Classification_names_are_the_locales(string tag, string unclassified, string protectedB, string topSecret)
    {
        var profile = LanguageProfiles.For(tag);

        Assert.Equal(
            (unclassified, protectedB, topSecret),
            (profile.ClassificationName(Classification.Unclassified), profile.ClassificationName(Classification.ProtectedB), profile.ClassificationName(Classification.TopSecret)));
    }

    [Theory]
    [InlineData("ko", 1, 2, "1.", "나.")]
    [InlineData("en", 3, 2, "3.", "3.2")]
    [InlineData("fr", 3, 2, "3.", "3.2")]
    public void Outline_labels_come_from_the_profile(string tag, int section, int index, string sectionLabel, string itemLabel)
    {
        var outline = LanguageProfiles.For(tag).Lists.Outline;

        Assert.Equal((sectionLabel, itemLabel), (outline.SectionLabel(section), outline.ItemLabel(section, index)));
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
