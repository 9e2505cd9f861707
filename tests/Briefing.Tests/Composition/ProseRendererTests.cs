using Briefing.Composition;

namespace Briefing.Tests.Composition;

public sealed class ProseRendererTests
{
    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("mailto:press@example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("example.org", false)]
    public void Only_web_and_mail_links_become_links(string url, bool link)
    {
        Assert.Equal(link, ProseRenderer.IsSafeLink(url));
    }
}
