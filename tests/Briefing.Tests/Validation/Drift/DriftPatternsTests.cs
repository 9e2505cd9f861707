using System.Text.RegularExpressions;
using Briefing.Validation.Drift;

namespace Briefing.Tests.Validation.Drift;

public sealed class DriftPatternsTests
{
    // The shipped languages with tables, a region variant, and a language without one.
    public static TheoryData<string> Languages => new() { "en", "en-GB", "fr", "fr-CA", "ko", "de" };

    private static IEnumerable<(string Pattern, RegexOptions Options)> PatternsOf(string language)
    {
        var table = DriftLanguage.For(language);
        var (figure, magnitude) = NumberFacts.Patterns(table);
        return [.. DateFacts.NumericPatterns, .. DateFacts.NamedPatterns(table), figure, magnitude];
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_pattern_a_language_builds_has_a_compiled_twin(string language)
    {
        var missing = PatternsOf(language).Where(p => !DriftPatterns.IsCompiled(p.Pattern, p.Options)).ToList();

        Assert.True(missing.Count == 0,
            "built but not compiled (add a [GeneratedRegex] to DriftPatterns): " + string.Join(" ; ", missing.Select(p => $"{p.Pattern} ({p.Options})")));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_compiled_twin_finds_what_the_interpreted_pattern_finds(string language)
    {
        const string Text = "On October 30, 2025 (30 Oct.) and in June, May 2025, 1er juin, 30 octobre 2025, en août 2025, " +
            "2025-10-30, 2025. 10. 30., 2025년 10월 30일, 10월; 1,200.5 people, 1 200,5 %, 1\u202F200, 3 billion, 2 milliards, " +
            "1조 2천억, ٣ and 12, OCTOBRE 3, Mai 2025, the 3rd of May.";
        foreach (var (pattern, options) in PatternsOf(language))
        {
            var interpreted = new Regex(pattern, options).Matches(Text).Select(m => (m.Index, m.Value, Groups: GroupsOf(m)));
            var compiled = DriftPatterns.Get(pattern, options).Matches(Text).Select(m => (m.Index, m.Value, Groups: GroupsOf(m)));

            Assert.Equal(interpreted, compiled);
        }
    }

    [Fact]
    public void A_pattern_without_a_twin_still_works_interpreted()
    {
        var regex = DriftPatterns.Get("[0-9]+ widgets", RegexOptions.CultureInvariant);

        Assert.False(DriftPatterns.IsCompiled("[0-9]+ widgets", RegexOptions.CultureInvariant));
        Assert.Equal("12 widgets", regex.Match("about 12 widgets").Value);
    }

    private static string GroupsOf(Match match) =>
        string.Join("|", match.Groups.Cast<Group>().Select(g => $"{g.Name}={(g.Success ? g.Value : "-")}"));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_number_word_fits_the_buffer_words_are_looked_up_in(string language)
    {
        Assert.All(DriftLanguage.For(language).NumberWords.Keys, word => Assert.InRange(word.Length, 1, NumberFacts.LongestNumberWord));
    }
}
