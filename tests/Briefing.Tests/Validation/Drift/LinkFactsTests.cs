using Briefing.Validation.Drift;

namespace Briefing.Tests.Validation.Drift;

public sealed class LinkFactsTests
{
    [Fact]
    public void Links_are_read_from_the_text_and_the_targets_and_blanked_out()
    {
        var text = new BlankedText("See https://example.org/a2.(or write to desk2@example.org.)");

        var (urls, emails) = LinkFacts.Read(text, ["https://example.org/b", "mailto:Press@Example.org?subject=x"], "en");

        Assert.Equal(["https://example.org/b", "https://example.org/a2"], urls.Select(url => url.Key));
        Assert.Equal(["press@example.org", "desk2@example.org"], emails.Select(email => email.Key));
        Assert.DoesNotContain(text.Current, char.IsAsciiDigit);
    }

    [Fact]
    public void A_korean_particle_after_a_url_is_not_part_of_it()
    {
        var (urls, _) = LinkFacts.Read(new BlankedText("https://example.org/x에서 확인"), [], "ko");

        Assert.Equal("https://example.org/x", Assert.Single(urls).Written);
    }

    [Theory]
    [InlineData("https://Example.ORG/en/news/", "en", "https://example.org/*/news")]
    [InlineData("https://example.org/fr-ca/nouvelles", "fr", "https://example.org/*/nouvelles")]
    [InlineData("https://example.org/en/news", "fr", "https://example.org/en/news")]
    [InlineData("https://example.org/entry", "en", "https://example.org/entry")]
    public void A_url_compares_without_case_in_its_host_nor_its_own_language(string url, string language, string key)
    {
        Assert.Equal(key, LinkFacts.UrlKey(url, language));
    }
}
