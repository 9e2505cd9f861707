using Briefing.Loading;
using Briefing.Model;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Loading;

public sealed class BriefLoaderTests
{
    private static LoadResult Load(string yaml, string path = "briefs/sample.yaml") => new BriefLoader().Load(yaml, path);

    [Fact]
    public void The_full_sample_loads_with_no_diagnostics()
    {
        var result = Load(SampleBriefs.Full);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Brief);
    }

    [Fact]
    public void The_minimal_sample_loads_with_no_diagnostics_and_takes_its_id_from_the_file_name()
    {
        var result = Load(SampleBriefs.Minimal, "briefs/2025-10-30-minimal.yaml");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("2025-10-30-minimal", result.Brief!.Id);
        Assert.Null(result.Brief.Paper);
        Assert.Equal(1, result.Brief.Prepared.Version);
    }

    [Fact]
    public void The_model_holds_every_part_of_the_full_sample()
    {
        var brief = Load(SampleBriefs.Full).Brief!;

        Assert.Equal("2024-05-14-ottawa-trade-talks", brief.Id);
        Assert.Equal(["en", "ko"], brief.Languages);
        Assert.Equal(Classification.ProtectedA, brief.Classification);
        Assert.Equal(new DateOnly(2024, 5, 14), brief.Date);
        Assert.Equal(PaperSize.Letter, brief.Paper);
        Assert.Equal("한-캐나다 통상 협의", brief.Title.Get("ko"));
        Assert.Equal("Third round", brief.Subtitle!.Get("en"));
        Assert.Equal("통상정책과", brief.Prepared.By!.Get("ko"));
        Assert.Equal(new DateOnly(2024, 5, 15), brief.Prepared.On);
        Assert.Equal(2, brief.Prepared.Version);
        Assert.Equal(2, brief.Delegations.Count);
        Assert.Equal("Jane Doe", brief.Participants[1].Name.Get("ko"));
        Assert.Equal("kr", brief.Participants[0].Delegation!.Value);
        Assert.Equal(AgreementStatus.AgreedVerbally, brief.Agreements[0].Status);
        Assert.Equal(["kr", "ca"], brief.Agreements[0].Parties.Select(p => p.Value));
        Assert.Equal(["digital-trade", "kim-min-su", "ca"], brief.Questions[0].Related.Select(p => p.Value));
        Assert.Equal(new DateOnly(2024, 5, 13), brief.Timeline[0].Date);
        Assert.Equal("background", brief.Sections[0].Id.Value);
        Assert.Equal("mailto:press@example.org", brief.Sources[1].Url);
        Assert.Equal(new DateOnly(2024, 5, 14), brief.Sources[0].Date);
    }

    [Fact]
    public void Every_node_knows_its_line_and_column()
    {
        var brief = Load(SampleBriefs.Full).Brief!;

        Assert.Equal(new Briefing.Diagnostics.SourceSpan("briefs/sample.yaml", 7, 11), brief.Title.Span);
        Assert.Equal((29, 5), (brief.Delegations[0].Span.Line, brief.Delegations[0].Span.Column));
        Assert.Equal((29, 9), (brief.Delegations[0].Id.Span.Line, brief.Delegations[0].Id.Span.Column));
        Assert.Equal((37, 17), (brief.Participants[0].Delegation!.Span.Line, brief.Participants[0].Delegation!.Span.Column));
    }

    [Fact]
    public void Prose_becomes_paragraphs_and_bullet_lists_of_styled_runs()
    {
        var summary = Load(SampleBriefs.Full).Brief!.Summary.Get("en");

        Assert.Equal(2, summary.Blocks.Count);
        var paragraph = Assert.IsType<ProseParagraph>(summary.Blocks[0]);
        Assert.Equal(
            [
                new ProseInline("The third round closed with ", false, false, null),
                new ProseInline("two texts agreed", true, false, null),
                new ProseInline(" and one ", false, false, null),
                new ProseInline("still open", false, true, null),
                new ProseInline(".", false, false, null),
            ],
            paragraph.Inlines);
        var list = Assert.IsType<ProseBulletList>(summary.Blocks[1]);
        Assert.Equal(3, list.Items.Count);
        Assert.Equal("Critical minerals: text agreed", list.Items[0].PlainText);
        Assert.Equal(new ProseInline("the statement", false, false, "https://example.org/statement"), list.Items[2].Inlines[^1]);
    }

    [Fact]
    public void Line_breaks_inside_a_paragraph_become_spaces()
    {
        var yaml = SampleBriefs.Minimal.Replace("summary: { en: \"Summary.\", ko: \"요약\" }", "summary: |\n  one\n  two\n");

        var prose = Load(yaml).Brief!.Summary.Get("ko");

        Assert.Equal("one two", Assert.IsType<ProseParagraph>(Assert.Single(prose.Blocks)).PlainText);
    }

    [Fact]
    public void Paper_defaults_to_a4_in_korean_and_letter_in_english_unless_the_brief_chooses()
    {
        var minimal = Load(SampleBriefs.Minimal).Brief!;
        var full = Load(SampleBriefs.Full).Brief!;

        Assert.Equal((PaperSize.A4, PaperSize.Letter), (minimal.PaperFor("ko"), minimal.PaperFor("en")));
        Assert.Equal((PaperSize.Letter, PaperSize.Letter), (full.PaperFor("ko"), full.PaperFor("en")));
    }

    [Fact]
    public void A_language_with_a_region_keys_its_texts_by_the_language_and_takes_the_regions_profile()
    {
        var brief = Load(SampleBriefs.Minimal.Replace("languages: [en, ko]", "languages: [en-GB, ko]", StringComparison.Ordinal)).Brief!;

        Assert.Equal(["en", "ko"], brief.Languages);
        Assert.Equal("Title", brief.Title.Get("en"));
        Assert.Equal(("en-GB", PaperSize.A4), (brief.ProfileFor("en").PdfLanguage, brief.PaperFor("en")));
        Assert.Equal(("en-CA", PaperSize.Letter), (Load(SampleBriefs.Minimal).Brief!.ProfileFor("en").PdfLanguage, Load(SampleBriefs.Minimal).Brief!.PaperFor("en")));
    }

    [Fact]
    public void A_plain_string_is_the_same_text_in_every_language()
    {
        var brief = Load(SampleBriefs.Full).Brief!;

        Assert.Equal("Example News", brief.Sources[0].Publisher!.Get("en"));
        Assert.Equal("Example News", brief.Sources[0].Publisher!.Get("ko"));
    }

    [Fact]
    public void A_file_on_disk_loads_the_same_as_its_text()
    {
        var path = Path.Combine(Path.GetTempPath(), $"brief-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, SampleBriefs.Full);
        try
        {
            var result = new BriefLoader().Load(path);

            Assert.Empty(result.Diagnostics);
            Assert.Equal("2024-05-14-ottawa-trade-talks", result.Brief!.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic_not_an_exception()
    {
        var result = new BriefLoader().Load("/nonexistent/briefs/none.yaml");

        Assert.Equal("/nonexistent/briefs/none.yaml:1:1: error BRF007: the file does not exist", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_a_diagnostic()
    {
        var path = Path.Combine(Path.GetTempPath(), $"brief-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, [0x66, 0x6F, 0x72, 0x6D, 0x61, 0x74, 0x3A, 0x20, 0xC3, 0x28]);
        try
        {
            Assert.Equal("BRF007", Assert.Single(new BriefLoader().Load(path).Diagnostics).Code);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
