namespace Briefing.Cli.Launching;

/// <summary>
/// Whether a source of the checkout is newer than a build's stamp: the same question, over the same files,
/// as <c>changed_since</c> in <c>./brief</c>, answered in a fraction of the shell's time. The files are
/// <c>Directory.Build.props</c>, <c>Directory.Packages.props</c> and everything under <c>src/</c> whose name does
/// not start with a dot (what the shell's <c>*</c> matches), skipping folders named <c>bin</c> or <c>obj</c>
/// (build output); symbolic links are followed, and "newer" is a strictly later modification time to the
/// nanosecond, as dash's <c>test -nt</c> compares them.
/// </summary>
internal static class SourceWalk
{
    /// <summary>
    /// True when a source under <paramref name="root"/> is newer than <paramref name="stamp"/>, or when that
    /// cannot be told (the stamp or a folder unreadable): the launcher then looks itself, so a doubt costs
    /// time, never a stale build.
    /// </summary>
    public static bool AnyNewerThan(string root, string stamp)
    {
        try
        {
            if (!TryStat(stamp, out var built))
            {
                return true;
            }

            return IsNewer(Path.Combine(root, "Directory.Build.props"), built)
                || IsNewer(Path.Combine(root, "Directory.Packages.props"), built)
                || AnyNewerUnder(Path.Combine(root, "src"), built);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException)
        {
            return true;
        }
    }

    private static bool AnyNewerUnder(string folder, Libc.Statx built)
    {
        if (!Directory.Exists(folder))
        {
            return false; // what the shell's unmatched `src/*` amounts to
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var name = Path.GetFileName(entry.AsSpan());
            if (name.StartsWith('.') || !TryStat(entry, out var status))
            {
                continue; // not matched by `*`, or a dangling link: `test -d` and `-nt` are both false
            }

            if ((status.Mode & Libc.FileTypeMask) == Libc.DirectoryType)
            {
                if (name is not ("bin" or "obj") && AnyNewerUnder(entry, built))
                {
                    return true;
                }
            }
            else if (Later(status, built))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNewer(string path, Libc.Statx built) => TryStat(path, out var status) && Later(status, built);

    private static bool Later(Libc.Statx file, Libc.Statx built) =>
        file.ModifiedSeconds > built.ModifiedSeconds
        || (file.ModifiedSeconds == built.ModifiedSeconds && file.ModifiedNanoseconds > built.ModifiedNanoseconds);

    private static bool TryStat(string path, out Libc.Statx status) =>
        Libc.StatX(Libc.CurrentDirectory, path, 0, Libc.TypeAndModificationTime, out status) == 0;
}
