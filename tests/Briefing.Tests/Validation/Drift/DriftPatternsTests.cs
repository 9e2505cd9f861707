using System.Text.RegularExpressions;
using Briefing.Validation.Drift;

namespace Briefing.Tests.Validation.Drift;

public sealed class DriftPatternsTests
{
    // The shipped languages with tables, a region variant, and a language without one.
    public static TheoryData<string> Languages => new() { "en", "en-GB", "fr", "fr-CA", "ko", "de" };

    // Each pattern a language's tables build, beside the compiled one the language uses for it.
    private static IEnumerable<((string Pattern, RegexOptions Options) Built, Regex Compiled)> PatternsOf(string language)
    {
        var table = DriftLanguage.For(language);
        var (figure, magnitude) = NumberFacts.Patterns(table);
        var compiled = table.Patterns;
        List<(string, RegexOptions)> built = [.. DateFacts.NumericPatterns, .. DateFacts.NamedPatterns(table), figure, magnitude];
        List<Regex> used = [.. DateFacts.Numeric, .. compiled.NamedDates, compiled.Figure, compiled.Magnitude];
        Assert.Equal(built.Count, used.Count);
        return built.Zip(used);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_compiled_pattern_is_the_one_the_language_tables_build(string language)
    {
        var differing = PatternsOf(language).Where(p => p.Built != (p.Compiled.ToString(), p.Compiled.Options)).ToList();

        Assert.True(differing.Count == 0,
            "the tables build another pattern than the compiled one (change the [GeneratedRegex] in DriftPatterns): "
            + string.Join(" ; ", differing.Select(p => $"{p.Built.Pattern} ({p.Built.Options}) against {p.Compiled} ({p.Compiled.Options})")));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_compiled_pattern_finds_what_the_interpreted_pattern_finds(string language)
    {
        const string Text = "On October 30, 2025 (30 Oct.) and in June, May 2025, 1er juin, 30 octobre 2025, en août 2025, " +
            "2025-10-30, 2025. 10. 30., 2025년 10월 30일, 10월; 1,200.5 people, 1 200,5 %, 1\u202F200, 3 billion, 2 milliards, " +
            "1조 2천억, ٣ and 12, OCTOBRE 3, Mai 2025, the 3rd of May.";
        foreach (var ((pattern, options), compiled) in PatternsOf(language))
        {
            var interpreted = new Regex(pattern, options).Matches(Text).Select(m => (m.Index, m.Value, Groups: GroupsOf(m)));
            var found = compiled.Matches(Text).Select(m => (m.Index, m.Value, Groups: GroupsOf(m)));

            Assert.Equal(interpreted, found);
        }
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
