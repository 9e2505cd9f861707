using Briefing.Validation;

namespace Briefing.Tests.Validation;

public sealed class DidYouMeanTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("sumary", "summary")]
    [InlineData("partcipants", "participants")]
    [InlineData("Title", "title")]
    [InlineData("clasification", "classification")]
    public void A_near_miss_suggests_the_known_key(string word, string expected)
    {
        string[] keys = ["format", "id", "languages", "classification", "date", "title", "subtitle", "summary", "participants"];

        Assert.Equal(expected, DidYouMean.Suggest(word, keys));
    }

    [Fact]
    public void A_word_unlike_any_candidate_gets_no_suggestion()
    {
        Assert.Null(DidYouMean.Suggest("banana", ["title", "summary", "date"]));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_counts_edits_with_a_swap_as_one(string a, string b, int expected)
    {
        Assert.Equal(expected, DidYouMean.Distance(a, b));
    }
}
