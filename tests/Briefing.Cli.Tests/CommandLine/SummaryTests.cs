using Briefing.Cli.Output;

namespace Briefing.Cli.Tests.CommandLine;

public sealed class SummaryTests
{
    [Theory]
    [InlineData(2, 1, 3, "2 errors, 1 warning in 3 briefs")]
    [InlineData(1, 0, 1, "1 error, 0 warnings in 1 brief")]
    [InlineData(0, 2, 2, "0 errors, 2 warnings in 2 briefs")]
    public void The_summary_counts_with_singular_and_plural(int errors, int warnings, int briefs, string expected)
    {
        Assert.Equal(expected, Summary.Of(errors, warnings, briefs));
    }
}
