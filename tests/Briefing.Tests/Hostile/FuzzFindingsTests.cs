using Briefing.Loading;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Hostile;

/// <summary>Every finding of the fuzzers (tests/Briefing.Fuzz), kept as a regression test.</summary>
public sealed class FuzzFindingsTests
{
    [Theory]
    [InlineData("[", 13_000)]
    [InlineData("*", 13_000)]
    [InlineData("> ", 13_000)]
    [InlineData("- ", 13_000)]
    [InlineData("[a](", 5_000)]
    public void Prose_nested_past_markdigs_depth_limit_is_a_diagnostic_not_an_exception(string piece, int times)
    {
        // Found by the loader fuzzer (seed 6S56DsQ_a_z1): 12 663 '[' in a summary made Markdig throw ArgumentException.
        var prose = string.Concat(Enumerable.Repeat(piece, times)).Replace("\"", "\\\"", StringComparison.Ordinal);
        var yaml = SampleBriefs.Minimal.Replace("summary: { en: \"Summary.\"", "summary: { en: \"" + prose + "\"", StringComparison.Ordinal);

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        Assert.All(result.Diagnostics, d => Assert.True(d.Span.Line >= 1, d.ToString()));
        Assert.True(result.Brief is null == result.HasErrors);
    }

    [Fact]
    public void Twelve_thousand_brackets_in_a_summary_are_reported_as_unsupported_markup()
    {
        var yaml = SampleBriefs.Minimal.Replace("summary: { en: \"Summary.\"", "summary: { en: \"" + new string('[', 12_663) + "\"", StringComparison.Ordinal);

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("BRF060", 9), (diagnostic.Code, diagnostic.Span.Line));
        Assert.Contains("nested too deeply", diagnostic.Message, StringComparison.Ordinal);
    }
}
