using Briefing.Loading;
using Briefing.Model;
using Briefing.Testing;
using Briefing.Tests.Samples;
using Briefing.Tests.Shared;
using Briefing.Typesetting.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.Hostile;

/// <summary>Control, bidi, invisible and uncovered characters: each is a diagnostic, or is removed so that search still finds the word.</summary>
public sealed class TextThatHurtsTests(HostileRendering rendering) : IClassFixture<HostileRendering>
{
    private static string WithEnglishTitle(string title) =>
        SampleBriefs.Minimal.Replace("title: { en: \"Title\"", "title: { en: \"" + title + "\"", StringComparison.Ordinal);

    [Theory]
    [InlineData("\\u0007", "U+0007")]
    [InlineData("\\x1b[31m", "U+001B")]
    [InlineData("\\u0085", "U+0085")]
    [InlineData("\\r", "U+000D")]
    public void A_control_character_is_an_error_naming_it(string escaped, string named)
    {
        var result = new BriefLoader().Load(WithEnglishTitle("Alarm " + escaped + " here"), "briefs/x.yaml");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "BRF051");
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(5, diagnostic.Span.Line);
        Assert.Null(result.Brief);
    }

    [Fact]
    public void An_unpaired_surrogate_in_text_given_to_the_loader_is_an_error()
    {
        // (From a file it cannot come: strict UTF-8 decoding and the YAML scanner both refuse it.)
        var result = new BriefLoader().Load(WithEnglishTitle("broken \uD800 text"), "briefs/x.yaml");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "BRF051");
        Assert.Contains("unpaired surrogate U+D800", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Brief);
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u202A")]
    [InlineData("\u2066")]
    [InlineData("\u2069")]
    public void Bidirectional_overrides_and_isolates_are_rejected_in_english_and_korean_briefs(string control)
    {
        var result = new BriefLoader().Load(WithEnglishTitle("admin" + control + "nimda"), "briefs/x.yaml");

        Assert.Contains(result.Diagnostics, d => d.Code == "BRF052" && d.Span.Line == 5);
        Assert.Null(result.Brief);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200C")]
    [InlineData("\u200D")]
    [InlineData("\uFEFF")]
    [InlineData("\u2060")]
    [InlineData("\u00AD")]
    public void Invisible_characters_are_removed_with_a_warning(string invisible)
    {
        var result = new BriefLoader().Load(WithEnglishTitle("confi" + invisible + "dential"), "briefs/x.yaml");

        Assert.NotNull(result.Brief);
        Assert.Equal("confidential", result.Brief.Title.Get("en"));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("BRF053", 5), (warning.Code, warning.Span.Line));
        Assert.Contains($"U+{(int)invisible[0]:X4}", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_holding_zero_width_spaces_and_soft_hyphens_is_found_whole_in_the_pdf()
    {
        // Given a summary whose long word is full of break opportunities no reader sees
        var word = "Supercalifragilisticexpialidocious";
        var hostile = string.Join("\u200B", word.Chunk(3).Select(c => new string(c)));
        hostile = hostile.Replace("cal", "ca\u00ADl", StringComparison.Ordinal).Replace("doc", "do\u2060c", StringComparison.Ordinal);
        var yaml = SampleBriefs.Minimal.Replace("summary: { en: \"Summary.\"", "summary: { en: \"" + string.Join(' ', Enumerable.Repeat(hostile, 40)) + "\"", StringComparison.Ordinal);
        var brief = NothingLostTests.Load(yaml, "briefs/x.yaml");

        // When
        var text = PdfTools.PdfToText(rendering.Renderer.Render(brief, "en"));

        // Then: pdftotext gives the word whole, 40 times, as a search would find it
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(40, words.Count(w => w == word));
    }

    [Fact]
    public void A_character_no_font_covers_is_found_before_rendering_with_its_field_and_line()
    {
        // Given an emoji and a Tibetan letter, which neither Noto Sans nor Nanum Gothic has
        var yaml = SampleBriefs.Full.Replace("Deputy Minister for Trade", "Deputy Minister \U0001F600 for Trade", StringComparison.Ordinal)
            .Replace("통상정책과", "통상정책과 \u0F00", StringComparison.Ordinal);
        var brief = NothingLostTests.Load(yaml, "briefs/x.yaml");

        // When
        var diagnostics = new GlyphCoverage(rendering.Fonts).Check(brief, brief.Languages);

        // Then
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("briefs/x.yaml:12:7: error BRF054: prepared.by.ko holds U+0F00 'ༀ', which no font of 'NanumGothic, Noto Sans' covers", diagnostics[0].ToString());
        Assert.Equal("BRF054", diagnostics[1].Code);
        Assert.Equal(36, diagnostics[1].Span.Line);
        Assert.Contains("participants[0].title.en holds U+1F600", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_brief_of_the_repository_is_fully_covered()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "briefs"), "*.yaml"))
        {
            var brief = NothingLostTests.Load(File.ReadAllText(file), file);
            Assert.Empty(new GlyphCoverage(rendering.Fonts).Check(brief, brief.Languages));
        }
    }
}
