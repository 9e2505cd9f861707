namespace Briefing.Benchmarks;

/// <summary>Finds files of the checkout, wherever BenchmarkDotNet or a script starts the program.</summary>
public static class RepoPaths
{
    /// <summary>The folder that holds Briefing.sln: the current directory or one of its parents, else the program's.</summary>
    public static string Root { get; } = Find();

    /// <summary>The summit brief every brief benchmark loads.</summary>
    public static string SummitBrief => Path.Combine(Root, "briefs", "2025-10-30-korea-canada-summit.yaml");

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
                    return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Briefing.sln not found above the current directory or the program; run from the checkout.");
    }
}
