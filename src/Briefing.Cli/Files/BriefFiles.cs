using Briefing.Cli.Output;
using Briefing.Cli.Resources;

namespace Briefing.Cli.Files;

/// <summary>Turns the paths given on the command line (files or folders) into the brief files to read.</summary>
internal static class BriefFiles
{
    /// <summary>
    /// <see cref="Expand(IEnumerable{string}, out IReadOnlyList{string})"/> for a command: each folder without
    /// briefs is reported on <paramref name="error"/>, and <paramref name="exit"/> is then
    /// <see cref="ExitCodes.InputProblems"/> (else <see cref="ExitCodes.Ok"/>).
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, TextWriter error, out int exit)
    {
        var files = Expand(paths, out var emptyFolders);
        exit = ExitCodes.Ok;
        foreach (var folder in emptyFolders)
        {
            error.WriteLine(Text.Format(Messages.NoBriefsInFolder, folder));
            exit = ExitCodes.InputProblems;
        }

        return files;
    }

    /// <summary>
    /// Each file as given; each folder's <c>*.yaml</c> and <c>*.yml</c> files (not recursive), sorted
    /// ordinally so that output order does not depend on the file system. A path that does not exist stays
    /// in the list (the loader reports it as unreadable); folders holding no brief are returned in
    /// <paramref name="emptyFolders"/>. Duplicates are dropped.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> emptyFolders)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var empty = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (inFolder.Count == 0)
                {
                    empty.Add(path);
                }

                foreach (var file in inFolder)
                {
                    Add(file);
                }
            }
            else
            {
                Add(path);
            }
        }

        emptyFolders = empty;
        return files;

        void Add(string file)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                files.Add(file);
            }
        }
    }
}
