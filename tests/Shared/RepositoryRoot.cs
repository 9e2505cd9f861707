namespace Briefing.Testing;

/// <summary>
/// Finds the checkout: the folder holding Briefing.sln, above the program or the working folder. One copy
/// for every test project, the fuzzer and the benchmarks (linked in with <c>&lt;Compile Include="../Shared/RepositoryRoot.cs" /&gt;</c>).
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>The checkout's folder; throws when the program runs outside a checkout.</summary>
    public static string Find() =>
        TryFind() ?? throw new DirectoryNotFoundException("Briefing.sln not found above " + AppContext.BaseDirectory + " or " + Environment.CurrentDirectory);

    /// <summary>The checkout's folder, or null outside a checkout.</summary>
    public static string? TryFind()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>A path inside the checkout.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Find(), .. parts]);
}
