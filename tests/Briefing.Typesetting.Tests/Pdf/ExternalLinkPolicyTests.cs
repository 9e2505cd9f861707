using Briefing.Typesetting.Pdf;

namespace Briefing.Typesetting.Tests.Pdf;

public class ExternalLinkPolicyTests
{
    [Theory]
    [InlineData("https://www.example.org/a?b=c#d")]
    [InlineData("http://example.org")]
    [InlineData("mailto:someone@example.org")]
    public void Web_and_mail_links_pass_unchanged(string uri)
    {
        Assert.Equal(uri, ExternalLinkPolicy.Validate(uri));
    }

    [Fact]
    public void Non_ascii_links_come_back_percent_encoded()
    {
        var result = ExternalLinkPolicy.Validate("https://example.org/보도자료");

        Assert.Equal("https://example.org/%EB%B3%B4%EB%8F%84%EC%9E%90%EB%A3%8C", result);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,hi")]
    [InlineData("relative/path")]
    [InlineData("https://example.org/\u0007")]
    public void Other_schemes_and_malformed_links_are_refused(string uri)
    {
        Assert.Throws<ArgumentException>(() => ExternalLinkPolicy.Validate(uri));
    }
}
