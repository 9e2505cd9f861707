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

    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("mailto:press@example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("example.org", false)]
    [InlineData("https://", false)]
    [InlineData("http:///no-host", false)]
    [InlineData("https://example.org/\u0007", false)]
    public void Only_web_links_with_a_host_and_mail_links_are_allowed(string uri, bool allowed)
    {
        Assert.Equal(allowed, ExternalLinkPolicy.IsAllowed(uri));
    }

    [Theory]
    [InlineData("https://example.org/a")]
    [InlineData("mailto:press@example.org")]
    [InlineData("https://")]
    [InlineData("http:///no-host")]
    [InlineData("ftp://example.org")]
    [InlineData("https://example.org/\u0007")]
    public void The_writer_refuses_exactly_what_the_rule_refuses(string uri)
    {
        // One rule: what the loader and the composition let through, the PDF writer takes, and nothing more.
        var written = Record.Exception(() => ExternalLinkPolicy.Validate(uri)) is null;

        Assert.Equal(ExternalLinkPolicy.IsAllowed(uri), written);
    }
}
