namespace Briefing.Cli.Files;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one, never a part:
/// the bytes go to a temporary file in the same folder, which is then renamed over the target.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically, replacing any file there.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes) => Write(path, bytes, overwrite: true, open: null);

    /// <summary>
    /// As <see cref="Write(string, ReadOnlySpan{byte})"/>, with the temporary file opened by <paramref name="open"/>:
    /// for tests that simulate a full disk or a failing device.
    /// </summary>
    internal static void Write(string path, ReadOnlySpan<byte> bytes, Func<string, Stream> open) => Write(path, bytes, overwrite: true, open);

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/> atomically; throws <see cref="IOException"/>
    /// when a file is already there, even one created a moment ago by someone else.
    /// </summary>
    public static void WriteNew(string path, ReadOnlySpan<byte> bytes) => Write(path, bytes, overwrite: false, open: null);

    /// <summary>Deletes the file if it is there; false when it was there and could not be deleted.</summary>
    public static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return !File.Exists(path);
        }
        catch (UnauthorizedAccessException)
        {
            return !File.Exists(path);
        }
    }

    private static void Write(string path, ReadOnlySpan<byte> bytes, bool overwrite, Func<string, Stream>? open)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // A unique name per process and call, so that two renders into one folder never share a temp file;
        // the leading dot keeps it out of globs such as out/*.pdf while it exists.
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            try
            {
                using var stream = open?.Invoke(temp) ?? new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                if (stream is FileStream file)
                {
                    file.Flush(flushToDisk: true);
                }
                else
                {
                    stream.Flush();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The temporary name means nothing to the user: say what failed in terms of the target.
                var reason = e is UnauthorizedAccessException ? "permission denied" : e.Message.Replace(temp, path, StringComparison.Ordinal);
                throw new IOException($"the folder '{folder}' does not accept new files ({reason})", e);
            }

            if (overwrite)
            {
                File.Move(temp, path, overwrite: true);
            }
            else
            {
                // Refuses an existing target atomically (on Unix .NET links, which fails if the name is taken).
                File.Move(temp, path, overwrite: false);
            }
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }
}
