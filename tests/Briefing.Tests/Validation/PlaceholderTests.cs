using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Validation;

public sealed class PlaceholderTests
{
    [Fact]
    public void A_text_starting_with_todo_is_a_placeholder_warning_and_the_brief_still_loads()
    {
        var yaml = SampleBriefs.Minimal.Replace("title: { en: \"Title\", ko: \"제목\" }", "title: { en: \"TODO: title\", ko: \"제목\" }");

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        Assert.Equal("briefs/x.yaml:5:8: warning BRF017: title.en is a placeholder ('TODO: title')",
            Assert.Single(result.Diagnostics).ToString());
        Assert.NotNull(result.Brief);
    }

    [Fact]
    public void Placeholder_prose_and_invariant_texts_are_warned_of_in_each_language()
    {
        var yaml = SampleBriefs.Minimal
            .Replace("summary: { en: \"Summary.\", ko: \"요약\" }", "summary: { en: \"TODO: summary\", ko: \"TODO: 요약\" }")
            .Replace("location: { en: \"Place\", ko: \"장소\" }", "location: TODO");

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        Assert.Equal(
            ["location is a placeholder ('TODO')", "summary.en is a placeholder ('TODO: summary')", "summary.ko is a placeholder ('TODO: 요약')"],
            result.Diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.Placeholder.Code, d.Code));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_text_that_only_mentions_todo_later_is_not_a_placeholder()
    {
        var yaml = SampleBriefs.Minimal.Replace("title: { en: \"Title\", ko: \"제목\" }", "title: { en: \"A list of TODO items\", ko: \"제목\" }");

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        Assert.Empty(result.Diagnostics);
    }
}
