using Briefing.Validation.Drift;

namespace Briefing.Tests.Validation.Drift;

public sealed class NumberFactsTests
{
    public static TheoryData<string, string, decimal[]> Figures => new()
    {
        // language, text, values read
        { "en", "1,200 people", [1200m] },
        { "en", "1 200 people", [1200m] },
        { "en", "1\u00A0200 people", [1200m] },
        { "en", "1\u202F200 people", [1200m] },
        { "en", "1200 people", [1200m] },
        { "en", "1,200,000.5", [1200000.5m] },
        { "en", "1.5 per cent", [1.5m] },
        { "en", "items 1, 2 and 3.", [1m, 2m, 3m] },
        { "en", "in 2025 200 people", [2025m, 200m] },
        { "en", "1.2 billion dollars", [1.2e9m] },
        { "en", "3 million", [3e6m] },
        { "en", "the G7 and 120 km", [7m, 120m] },
        { "fr", "1 200 personnes", [1200m] },
        { "fr", "1\u202F200 personnes", [1200m] },
        { "fr", "1,5 %", [1.5m] },
        { "fr", "1,200 personnes", [1.2m] },
        { "fr", "1,2 milliard de dollars", [1.2e9m] },
        { "fr", "2 billions", [2e12m] },
        { "ko", "1,200명", [1200m] },
        { "ko", "1.5%", [1.5m] },
        { "ko", "12척", [12m] },
        { "ko", "120km", [120m] },
        { "ko", "12억 달러", [1.2e9m] },
        { "ko", "1조 2천억 원", [1.2e12m] },
        { "ko", "3만 5천 명", [35000m] },
        { "ko", "1,200억", [1.2e11m] },
        { "ko", "5천 명과 3명", [5000m, 3m] },
        { "ko", "협정 제12조에 따라", [12m] }, // Article 12, not 12 trillion
        { "ko", "제3차 회의와 3조 원", [3m, 3e12m] },
        { "de", "1,200", [1200m] }, // no table: digits with the common marks
        { "en", "٣ and 12", [12m] }, // digits of other scripts are not figures
        { "en", "٣, ３ and twelve", [] }, // nor without an ASCII digit anywhere
        { "en", "99999999999999999999999999 trillion and 5", [decimal.MaxValue, 5m] }, // held, not overflowing
        { "ko", "99999999999999999999999999조 9999999999999999999999999억", [decimal.MaxValue] },
        { "en", "id 12345678901234567890123456789012 and 7", [7m] }, // a code, not a figure
        { "en", "1,234,567,890,123,456,789,012,345,678 and 12345678901234567890123456789", [1234567890123456789012345678m] }, // 28 digits, 29
        { "en", "0." + new string('0', 80) + "1 and 2." + new string('5', 300), [0m, decimal.Parse("2." + new string('5', 300), System.Globalization.CultureInfo.InvariantCulture)] }, // long fractions, rounded
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figures_are_read_as_values(string language, string text, decimal[] expected)
    {
        var numbers = new NumberFacts(DriftLanguage.For(language));

        var figures = numbers.ReadFigures(text);

        Assert.Equal(expected, figures.Select(figure => figure.Value));
    }

    [Theory]
    [InlineData("en", "four months and the Group of Seven", new[] { 4, 7 })]
    [InlineData("fr", "quatre mois, deux dirigeants", new[] { 4, 2 })]
    [InlineData("ko", "다음 두 곳으로 압축", new[] { 2 })]
    public void Numbers_in_words_are_gathered_apart(string language, string text, int[] expected)
    {
        var numbers = new NumberFacts(DriftLanguage.For(language));

        Assert.Empty(numbers.ReadFigures(text));
        Assert.Equal(expected.Select(value => (decimal)value).Order(), numbers.ReadWords(text).Order());
    }
}
