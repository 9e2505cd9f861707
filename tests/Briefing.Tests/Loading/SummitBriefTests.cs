using Briefing.Loading;
using Briefing.Testing;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Loading;

/// <summary>The project's real brief: written in parallel and merged in later, then these tests must pass for real.</summary>
[Trait("needs", "summit")]
public sealed class SummitBriefTests
{
    private static readonly string SummitPath =
        Path.Combine(RepositoryRoot.Find(), "briefs", "2025-10-30-korea-canada-summit.yaml");

    [Fact]
    public void The_summit_brief_loads_with_no_diagnostics()
    {
        var result = new BriefLoader().Load(SummitPath);

        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Brief);
        Assert.Equal("2025-10-30-korea-canada-summit", result.Brief.Id);
        Assert.Equal(["en", "ko", "fr"], result.Brief.Languages);
        Assert.Equal(new DateOnly(2025, 10, 30), result.Brief.Date);
        Assert.NotEmpty(result.Brief.Participants);
        Assert.NotEmpty(result.Brief.Agreements);
        Assert.NotEmpty(result.Brief.Questions);
        Assert.NotEmpty(result.Brief.Sources);
    }
}
