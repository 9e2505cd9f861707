using Briefing.Testing;

namespace Briefing.Benchmarks;

/// <summary>Finds files of the checkout, wherever BenchmarkDotNet or a script starts the program.</summary>
public static class RepoPaths
{
    /// <summary>The environment variable that names another brief for every brief benchmark (see <see cref="SummitBrief"/>).</summary>
    public const string BriefVariable = "BRIEF_BENCH_BRIEF";

    /// <summary>The folder that holds Briefing.sln (see <see cref="RepositoryRoot"/>).</summary>
    public static string Root { get; } = RepositoryRoot.Find();

    /// <summary>
    /// The brief every brief benchmark loads: the file named by <c>BRIEF_BENCH_BRIEF</c> when it is set, else this
    /// checkout's summit brief. The variable lets two builds measure the same file: the summit brief changes with
    /// the code, so each checkout's own copy does not compare like for like (an older build cannot load newer keys).
    /// </summary>
    public static string SummitBrief =>
        Environment.GetEnvironmentVariable(BriefVariable) is { Length: > 0 } path
            ? Path.GetFullPath(path)
            : Path.Combine(Root, "briefs", "2025-10-30-korea-canada-summit.yaml");
}
