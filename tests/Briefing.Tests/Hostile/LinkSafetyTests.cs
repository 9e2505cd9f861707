using Briefing.Loading;
using Briefing.Tests.Samples;
using Briefing.Tests.Shared;

namespace Briefing.Tests.Hostile;

/// <summary>Only http, https and mailto links reach a PDF; no action that runs code, launches or fetches anything.</summary>
public sealed class LinkSafetyTests(HostileRendering rendering) : IClassFixture<HostileRendering>
{
    public static TheoryData<string> HostileUrls => new()
    {
        "javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd", "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)", "ftp://example.org/x", "/relative/path", "../up", "\\\\server\\share", "launch:calc.exe",
    };

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public void A_source_url_that_is_not_http_https_or_mailto_is_rejected(string url)
    {
        var yaml = SampleBriefs.Full.Replace("url: \"https://example.org/statement\"", $"url: '{url}'", StringComparison.Ordinal);

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        Assert.Contains(result.Diagnostics, d => d.Code == "BRF050");
        Assert.Null(result.Brief);
    }

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public void A_prose_link_that_is_not_http_https_or_mailto_is_rejected(string url)
    {
        var yaml = SampleBriefs.Full.Replace("[the statement](https://example.org/statement)", $"[the statement](<{url}>)", StringComparison.Ordinal);

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        Assert.Contains(result.Diagnostics, d => d.Code is "BRF050" or "BRF060");
        Assert.Null(result.Brief);
    }

    [Fact]
    public void An_image_in_prose_is_rejected_so_no_file_is_ever_read()
    {
        var yaml = SampleBriefs.Full.Replace("[the statement](https://example.org/statement)", "![x](../../etc/passwd)", StringComparison.Ordinal);

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        Assert.Contains(result.Diagnostics, d => d.Code == "BRF060");
    }

    [Fact]
    public void The_rendered_sample_has_only_web_and_mail_links_and_no_actions()
    {
        var brief = NothingLostTests.Load(SampleBriefs.Full, "briefs/x.yaml");
        foreach (var language in brief.Languages)
        {
            var pdf = rendering.Renderer.Render(brief, language);

            Assert.Empty(PdfSafety.Check(pdf));
            var links = PdfSafety.Links(pdf);
            Assert.Contains("https://example.org/statement", links);
            Assert.Contains("mailto:press@example.org", links);
        }
    }

    [Theory]
    [InlineData("<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>", "/JavaScript")]
    [InlineData("<< /S /Launch /F (calc.exe) >>", "/Launch")]
    [InlineData("<< /S /SubmitForm /F (https://x) >>", "/SubmitForm")]
    [InlineData("<< /S /ImportData >>", "/ImportData")]
    [InlineData("<< /S /GoToR /F (other.pdf) >>", "/GoToR")]
    [InlineData("<< /S /URI /URI (file:///etc/passwd) >>", "/URI (file:///etc/passwd)")]
    public void The_scan_finds_every_kind_of_dangerous_action(string dictionary, string expected)
    {
        var pdf = System.Text.Encoding.Latin1.GetBytes($"%PDF-1.7\n1 0 obj\n{dictionary}\nendobj\n%%EOF\n");

        Assert.Contains(PdfSafety.Check(pdf), p => p.StartsWith(expected, StringComparison.Ordinal));
    }
}
