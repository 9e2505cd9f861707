namespace Briefing.Cli.Tests.Infrastructure;

/// <summary>Finds the repository by walking up from the test assembly to the folder holding Briefing.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Combine(params string[] parts) => Path.Combine([Find(), .. parts]);
}
