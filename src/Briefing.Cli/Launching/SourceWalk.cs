using System.Runtime.InteropServices;
using System.Text;

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

    // Through the C library's folder streams, with each entry's time asked relative to its folder: .NET's
    // enumeration made a string per entry, and a full path made the kernel look up every folder again, which
    // was most of the walk's time (docs/performance.md, "Issue 19, fourth pass").
    private static bool AnyNewerUnder(string folder, Libc.Statx built)
    {
        var path = new List<byte>(256);
        path.AddRange(Encoding.UTF8.GetBytes(folder));
        return AnyNewerUnder(path, built);
    }

    // path: the folder's path in UTF-8, without its terminating zero (added and removed around each call).
    private static unsafe bool AnyNewerUnder(List<byte> path, Libc.Statx built)
    {
        path.Add(0);
        IntPtr directory;
        fixed (byte* name = CollectionsMarshal.AsSpan(path))
        {
            directory = Libc.OpenDirectory(name);
        }

        path.RemoveAt(path.Count - 1);
        if (directory == 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error is Libc.NoSuchEntry or Libc.NotADirectory)
            {
                return false; // what the shell's unmatched `src/*` amounts to
            }

            throw new IOException($"cannot read the folder {Encoding.UTF8.GetString(CollectionsMarshal.AsSpan(path))} (error {error})");
        }

        try
        {
            var descriptor = Libc.DirectoryDescriptor(directory);
            while (true)
            {
                var entry = Libc.ReadDirectory(directory);
                if (entry == null)
                {
                    var error = Marshal.GetLastPInvokeError();
                    return error == 0 ? false : throw new IOException($"cannot read a folder under {Encoding.UTF8.GetString(CollectionsMarshal.AsSpan(path))} (error {error})");
                }

                var name = entry + Libc.EntryNameOffset;
                // Not matched by `*` (also "." and ".."), or a dangling link: `test -d` and `-nt` are both false.
                if (name[0] == '.' || Libc.StatX(descriptor, name, 0, Libc.TypeAndModificationTime, out var status) != 0)
                {
                    continue;
                }

                if ((status.Mode & Libc.FileTypeMask) != Libc.DirectoryType)
                {
                    if (Later(status, built))
                    {
                        return true;
                    }

                    continue;
                }

                var child = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(name);
                if (child.SequenceEqual("bin"u8) || child.SequenceEqual("obj"u8))
                {
                    continue;
                }

                var parent = path.Count;
                path.Add((byte)'/');
                path.AddRange(child);
                var newer = AnyNewerUnder(path, built);
                path.RemoveRange(parent, path.Count - parent);
                if (newer)
                {
                    return true;
                }
            }
        }
        finally
        {
            Libc.CloseDirectory(directory);
        }
    }

    private static bool IsNewer(string path, Libc.Statx built) => TryStat(path, out var status) && Later(status, built);

    private static bool Later(Libc.Statx file, Libc.Statx built) =>
        file.ModifiedSeconds > built.ModifiedSeconds
        || (file.ModifiedSeconds == built.ModifiedSeconds && file.ModifiedNanoseconds > built.ModifiedNanoseconds);

    private static bool TryStat(string path, out Libc.Statx status) =>
        Libc.StatX(Libc.CurrentDirectory, path, 0, Libc.TypeAndModificationTime, out status) == 0;
}
