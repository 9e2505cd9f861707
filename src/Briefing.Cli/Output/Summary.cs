using Briefing.Cli.Resources;

namespace Briefing.Cli.Output;

/// <summary>The closing line of a run, <c>2 errors, 1 warning in 3 briefs</c>.</summary>
internal static class Summary
{
    /// <summary>The summary of a run over <paramref name="briefs"/> briefs.</summary>
    public static string Of(int errors, int warnings, int briefs) => Text.Format(
        Messages.Summary,
        Count(errors, Messages.ErrorOne, Messages.ErrorMany),
        Count(warnings, Messages.WarningOne, Messages.WarningMany),
        Count(briefs, Messages.BriefOne, Messages.BriefMany));

    private static string Count(int count, string one, string many) => Text.Format(count == 1 ? one : many, count);
}
