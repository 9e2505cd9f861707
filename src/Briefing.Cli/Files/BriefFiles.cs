namespace Briefing.Cli.Files;

/// <summary>Turns the paths given on the command line (files or folders) into the brief files to read.</summary>
internal static class BriefFiles
{
    /// <summary>
    /// Each file as given; each folder's <c>*.yaml</c> and <c>*.yml</c> files (not recursive), sorted
    /// ordinally so that output order does not depend on the file system. Missing paths are returned in
    /// <paramref name="missing"/>.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                files.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                notFound.Add(path);
            }
        }
        missing = notFound;
        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
