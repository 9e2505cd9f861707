using Briefing.Validation.Drift;

namespace Briefing.Tests.Validation.Drift;

public sealed class DateFactsTests
{
    public static TheoryData<string, string, int?, int, int?> Dates => new()
    {
        // language, text, year, month, day
        { "en", "on October 30, 2025, the leaders", 2025, 10, 30 },
        { "en", "on Oct. 30, 2025", 2025, 10, 30 },
        { "en", "on 30 October 2025", 2025, 10, 30 },
        { "en", "arrived on October 29.", null, 10, 29 },
        { "en", "in August", null, 8, null },
        { "en", "in May 2025", 2025, 5, null },
        { "en", "on May 1st", null, 5, 1 },
        { "en", "on 2025-10-30", 2025, 10, 30 },
        { "fr", "le 30 octobre 2025", 2025, 10, 30 },
        { "fr", "le jeudi 30 octobre 2025", 2025, 10, 30 },
        { "fr", "le 1er juin", null, 6, 1 },
        { "fr", "en août", null, 8, null },
        { "fr", "Décembre 2025", 2025, 12, null },
        { "ko", "2025. 10. 30.(목)", 2025, 10, 30 },
        { "ko", "2025년 10월 30일(목)", 2025, 10, 30 },
        { "ko", "10월 30일", null, 10, 30 },
        { "ko", "지난 6월", null, 6, null },
        { "ja", "2025年10月30日", 2025, 10, 30 },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void A_date_is_read_in_words_or_digits_and_its_digits_are_no_longer_figures(string language, string text, int? year, int month, int? day)
    {
        var blanked = new BlankedText(text);

        var date = Assert.Single(new DateFacts(DriftLanguage.For(language)).Read(blanked));

        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
        Assert.DoesNotContain(blanked.Current, char.IsAsciiDigit);
    }

    [Theory]
    [InlineData("en", "You may go.")]
    [InlineData("en", "May I ask?")]
    [InlineData("en", "Jan Smith came")]
    [InlineData("en", "on 10/30/2025")]
    [InlineData("en", "4 months")]
    [InlineData("ko", "4개월 만에")]
    [InlineData("ko", "13월 1일")]
    [InlineData("en", "on February 30, 2025")]
    public void Words_and_figures_that_are_not_dates_are_left_alone(string language, string text)
    {
        Assert.Empty(new DateFacts(DriftLanguage.For(language)).Read(new BlankedText(text)));
    }

    [Fact]
    public void A_date_without_a_year_matches_the_same_day_with_one_but_not_another_day()
    {
        var full = new DateMention(2025, 10, 30, "October 30, 2025");

        Assert.True(full.Matches(new DateMention(null, 10, 30, "10월 30일")));
        Assert.False(full.Matches(new DateMention(null, 10, 31, "10월 31일")));
        Assert.False(full.Matches(new DateMention(2024, 10, 30, "2024. 10. 30.")));
        Assert.False(full.Matches(new DateMention(2025, 10, null, "2025년 10월")));
    }

    [Fact]
    public void The_lookup_keys_agree_with_matches_for_every_pair()
    {
        int?[] years = [null, 2024, 2025];
        int?[] days = [null, 30, 31];
        var all = (from year in years from month in new[] { 10, 11 } from day in days select new DateMention(year, month, day, "x")).ToList();

        foreach (var one in all)
        {
            foreach (var other in all)
            {
                var index = new HashSet<DateKey>();
                other.AddKeysTo(index);

                Assert.True(one.Matches(other) == one.IsFoundIn(index), $"{one.Key} against {other.Key}");
            }
        }
    }
}
