using Briefing.Testing;

namespace Briefing.Benchmarks;

/// <summary>Finds files of the checkout, wherever BenchmarkDotNet or a script starts the program.</summary>
public static class RepoPaths
{
    /// <summary>The folder that holds Briefing.sln (see <see cref="RepositoryRoot"/>).</summary>
    public static string Root { get; } = RepositoryRoot.Find();

    /// <summary>The summit brief every brief benchmark loads.</summary>
    public static string SummitBrief => Path.Combine(Root, "briefs", "2025-10-30-korea-canada-summit.yaml");
}
