namespace Briefing.Fuzz;

/// <summary>Finds a folder of the repository (the one holding Briefing.sln) from the program or the working folder.</summary>
internal static class RepositoryFolder
{
    public static string? Find(params string[] parts)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
                {
                    return Path.Combine([directory.FullName, .. parts]);
                }
            }
        }

        return null;
    }
}
