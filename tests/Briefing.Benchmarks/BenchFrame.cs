using Briefing.Composition.Frames;

namespace Briefing.Benchmarks;

/// <summary>
/// The frame the brief benchmarks set the brief in: the one named by <c>BRIEF_BENCH_FRAME</c> (<c>neutral</c>,
/// <c>report</c>, <c>note</c>) when it is set, else each language's own. Builds from before the frames existed set
/// every language in what is now the neutral frame, so a comparison with them needs <c>BRIEF_BENCH_FRAME=neutral</c>:
/// by default Korean is now a ministry report and Canadian English a briefing note, other documents than before.
/// </summary>
public static class BenchFrame
{
    /// <summary>The environment variable that names the frame.</summary>
    public const string Variable = "BRIEF_BENCH_FRAME";

    /// <summary>The frame named by <see cref="Variable"/>, or null (each language's own) when it is unset or empty.</summary>
    public static FrameKind? Chosen =>
        Environment.GetEnvironmentVariable(Variable) switch
        {
            null or "" => null,
            var name when FrameNames.TryParse(name, out var kind) => kind,
            var name => throw new InvalidOperationException(
                $"{Variable}={name} names no frame; use one of {string.Join(", ", FrameNames.All)}."),
        };
}
