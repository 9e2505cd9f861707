using Briefing.Cli.CommandLine;

namespace Briefing.Cli.Tests.CommandLine;

public sealed class LanguageSelectionTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("ko", "ko")]
    [InlineData("en,ko", "en,ko")]
    [InlineData("ko, en", "ko,en")]
    [InlineData("en,en", "en")]
    [InlineData("all", "all")]
    [InlineData("ALL", "all")]
    [InlineData("ko+en", "ko+en")]
    [InlineData("en+fr,ko+en", "en+fr,ko+en")]
    [InlineData("ko + en, en", "ko+en,en")]
    public void Valid_values_parse(string text, string expected)
    {
        Assert.True(LanguageSelection.TryParse(text, out var selection, out var error), error);
        Assert.Equal(expected, selection.ToString());
    }

    [Theory]
    [InlineData("de", "'de' is not a supported language")]
    [InlineData("en,", "empty item")]
    [InlineData("", "empty item")]
    [InlineData("all,en", "'all' cannot be combined")]
    [InlineData("english", "'english' is not a supported language")]
    [InlineData("ko+ko", "'ko+ko': a parallel edition needs two different languages")]
    [InlineData("ko+", "'ko+': a parallel edition needs two different languages")]
    [InlineData("ko+de", "'de' is not a supported language")]
    [InlineData("ko+en+fr", "'ko+en+fr': a parallel edition sets two languages side by side")]
    public void Invalid_values_say_why(string text, string expected)
    {
        Assert.False(LanguageSelection.TryParse(text, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void All_takes_the_briefs_own_languages()
    {
        var languages = LanguageSelection.Every.For(["ko", "en"], out var missing);

        Assert.Equal(["ko", "en"], languages);
        Assert.Empty(missing);
    }

    [Fact]
    public void A_list_keeps_its_order_and_reports_what_the_brief_lacks()
    {
        LanguageSelection.TryParse("ko,en", out var selection, out _);

        var languages = selection.For(["en"], out var missing);

        Assert.Equal(["en"], languages);
        Assert.Equal(["ko"], missing);
    }

    [Fact]
    public void A_parallel_edition_needs_both_of_its_languages_in_the_brief()
    {
        LanguageSelection.TryParse("ko+en,en+fr", out var selection, out _);

        var editions = selection.For(["en", "ko"], out var missing);

        Assert.Equal(["ko+en"], editions);
        Assert.Equal(["fr"], missing);
    }

    [Fact]
    public void The_languages_of_editions_are_each_listed_once()
    {
        Assert.Equal(["ko", "en", "fr"], LanguageSelection.LanguagesOf(["ko+en", "en", "en+fr"]));
    }
}
