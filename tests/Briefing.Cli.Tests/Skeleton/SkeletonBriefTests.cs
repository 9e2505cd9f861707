using System.Collections;
using System.Globalization;
using System.Resources;
using Briefing.Cli.Resources;
using Briefing.Cli.Skeleton;
using Briefing.Loading;

namespace Briefing.Cli.Tests.Skeleton;

public sealed class SkeletonBriefTests
{
    [Fact]
    public void Every_placeholder_word_has_a_korean_translation()
    {
        var neutral = Keys(CultureInfo.InvariantCulture);
        var korean = Keys(CultureInfo.GetCultureInfo("ko"));

        Assert.NotEmpty(neutral);
        Assert.Equal(neutral, korean);
    }

    [Fact]
    public void The_skeleton_loads_without_errors_in_any_language_list_and_every_text_is_a_placeholder()
    {
        var yaml = SkeletonBrief.Create("x-y", ["en", "ko"], new DateOnly(2026, 1, 15));

        var result = new BriefLoader().Load(yaml, "briefs/x-y.yaml");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.Equal("BRF017", d.Code));
        Assert.Equal("x-y", result.Brief!.Id);
        Assert.Contains("ko: \"TODO: 제목\"", yaml);
    }

    [Fact]
    public void A_language_without_its_own_words_gets_the_english_ones()
    {
        var yaml = SkeletonBrief.Create("x", ["en", "fr"], new DateOnly(2026, 1, 15));

        Assert.Contains("fr: \"TODO: title\"", yaml);
    }

    private static List<string> Keys(CultureInfo culture)
    {
        var set = Placeholders.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException(culture.Name);
        return set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList();
    }
}
