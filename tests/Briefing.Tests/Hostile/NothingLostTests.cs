using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Testing;
using Briefing.Tests.Composition;
using Briefing.Tests.Samples;
using Briefing.Tests.Shared;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Tests.Support;
using CsCheck;

namespace Briefing.Tests.Hostile;

/// <summary>The text read back from every rendered PDF holds every character of every rendered field, in order.</summary>
public sealed class NothingLostTests(HostileRendering rendering) : IClassFixture<HostileRendering>
{
    public static TheoryData<string, string> BriefsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "briefs"), "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var language in new[] { "en", "ko" })
            {
                data.Add(Path.GetFileName(file), language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BriefsAndLanguages))]
    public void Every_brief_of_the_repository_loses_no_character_of_any_field(string file, string language)
    {
        // Given
        var brief = Load(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "briefs", file)), file);

        // When
        var pdf = rendering.Renderer.Render(brief, language);

        // Then
        Assert.Empty(NothingLost.Check(PdfTools.PdfToText(pdf), BriefTexts.All(brief, language), inOrder: false));
        Assert.Empty(PdfSafety.Check(pdf));
    }

    [Fact]
    public void Random_briefs_lose_no_character_of_any_field_in_either_language()
    {
        RandomBriefs.Yaml().Sample(yaml =>
        {
            var brief = Load(yaml, "random.yaml");
            foreach (var language in brief.Languages)
            {
                var pdf = rendering.Renderer.Render(brief, language);
                var problems = NothingLost.Check(PdfTools.PdfToText(pdf), BriefTexts.All(brief, language), inOrder: false);
                Assert.True(problems.Count == 0, language + ": " + string.Join("\n", problems));
                Assert.Empty(PdfSafety.Check(pdf));
            }
        }, iter: 12, threads: 1);
    }

    [Fact]
    public void The_check_finds_a_dropped_character_and_a_field_out_of_order()
    {
        // Given what a PDF gave back: the second field lost its last letter, the third comes first
        var pdfText = "Gamma\nAlpha is here\nBet";

        // When
        var problems = NothingLost.Check(pdfText, ["Alpha is here", "Beta", "Gamma"]);

        // Then
        Assert.Equal(2, problems.Count);
        Assert.StartsWith("field 1 lost: 'Beta'", problems[0]);
        Assert.Equal("field 2 out of order: 'Gamma'", problems[1]);
    }

    [Fact]
    public void The_samples_render_without_losing_anything()
    {
        var brief = Load(SampleBriefs.Full, "full.yaml");
        foreach (var language in brief.Languages)
        {
            var pdf = rendering.Renderer.Render(brief, language);
            Assert.Empty(NothingLost.Check(PdfTools.PdfToText(pdf), BriefTexts.All(brief, language), inOrder: false));
        }
    }

    internal static Brief Load(string yaml, string path)
    {
        var result = new BriefLoader().Load(yaml, path);
        return result.Brief ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics) + "\n" + yaml);
    }
}
