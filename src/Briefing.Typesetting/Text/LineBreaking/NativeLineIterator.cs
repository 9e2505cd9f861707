using System.Runtime.InteropServices;
using System.Text;

namespace Briefing.Typesetting.Text.LineBreaking;

/// <summary>
/// ICU's line-break iterator called directly through its C API (libicuuc), bypassing icu.net. icu.net's
/// <c>SetText</c> collects every boundary up front and allocates two arrays per boundary (one of 128
/// ints for the rule status), which made it the largest allocator of a layout; and its start-up reads
/// the dependency manifest and compiles regular expressions to find the library (100-250 ms cold).
/// Here the library is found the way .NET itself finds it on Linux: <c>libicuuc.so.NN</c>, newest first.
/// Not thread-safe: <see cref="LineBreaker"/> serialises calls.
/// </summary>
internal sealed unsafe class NativeLineIterator : IDisposable
{
    private const int LineBreakType = 2; // UBRK_LINE
    private const int Done = -1; // UBRK_DONE

    private readonly nint _library;
    private readonly delegate* unmanaged<nint, char*, int, int*, void> _setText;
    private readonly delegate* unmanaged<nint, int> _next;
    private readonly delegate* unmanaged<nint, void> _close;
    private nint _iterator;

    private NativeLineIterator(nint library, string suffix, string localeName)
    {
        _library = library;
        var open = (delegate* unmanaged<int, byte*, char*, int, int*, nint>)Export("ubrk_open", suffix);
        _setText = (delegate* unmanaged<nint, char*, int, int*, void>)Export("ubrk_setText", suffix);
        _next = (delegate* unmanaged<nint, int>)Export("ubrk_next", suffix);
        _close = (delegate* unmanaged<nint, void>)Export("ubrk_close", suffix);
        var getVersion = (delegate* unmanaged<byte*, void>)Export("u_getVersion", suffix);

        var version = stackalloc byte[4];
        getVersion(version);
        IcuVersion = version[2] == 0 ? $"{version[0]}.{version[1]}" : $"{version[0]}.{version[1]}.{version[2]}";

        var locale = Encoding.ASCII.GetBytes(localeName + "\0");
        int status = 0;
        fixed (byte* name = locale)
            _iterator = open(LineBreakType, name, null, 0, &status);
        if (status > 0 || _iterator == 0)
            throw new InvalidOperationException($"ubrk_open failed with ICU error {status}.");
    }

    /// <summary>The version of the ICU library in use, e.g. "72.1".</summary>
    public string IcuVersion { get; }

    /// <summary>
    /// Opens a line iterator on the system's ICU, or returns null when no ICU library is found this way
    /// (not Linux, or an unusual name): the caller then falls back to icu.net.
    /// </summary>
    public static NativeLineIterator? TryOpen(string localeName)
    {
        if (!OperatingSystem.IsLinux())
            return null;

        // CLR_ICU_VERSION_OVERRIDE is the variable .NET's own globalization honours for the same choice.
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("CLR_ICU_VERSION_OVERRIDE") is { Length: > 0 } forced)
            candidates.Add(forced);
        // .NET's globalization has usually loaded its ICU by now: trying that version first spares a failed dlopen
        // (each a read of ld.so.cache) for every newer version probed below.
        if (LoadedMajorVersion() is { } loaded)
            candidates.Add(loaded);
        for (var major = 90; major >= 50; major--)
            candidates.Add(major.ToString(System.Globalization.CultureInfo.InvariantCulture));

        foreach (var version in candidates)
        {
            if (!NativeLibrary.TryLoad($"libicuuc.so.{version}", out var library))
                continue;
            var major = version.Split('.')[0];
            foreach (var suffix in new[] { "_" + major, "" })
            {
                if (NativeLibrary.TryGetExport(library, "ubrk_open" + suffix, out _))
                    return new NativeLineIterator(library, suffix, localeName);
            }

            NativeLibrary.Free(library);
        }

        return null;
    }

    /// <summary>The major version of the libicuuc this process has mapped already (e.g. "72"), or null when none is.</summary>
    internal static string? LoadedMajorVersion()
    {
        const string Name = "/libicuuc.so.";
        try
        {
            foreach (var line in File.ReadLines("/proc/self/maps"))
            {
                var at = line.IndexOf(Name, StringComparison.Ordinal);
                if (at < 0)
                    continue;
                var version = line.AsSpan(at + Name.Length);
                var end = 0;
                while (end < version.Length && char.IsAsciiDigit(version[end]))
                    end++;
                if (end > 0)
                    return version[..end].ToString();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No /proc here: the versions are probed one by one, as they always could be.
        }

        return null;
    }

    /// <summary>Appends every boundary of <paramref name="text"/> after its start (ascending, ending with its length) to <paramref name="boundaries"/>.</summary>
    public void Boundaries(string text, List<int> boundaries)
    {
        ObjectDisposedException.ThrowIf(_iterator == 0, this);
        fixed (char* chars = text)
        {
            int status = 0;
            _setText(_iterator, chars, text.Length, &status);
            if (status > 0)
                throw new InvalidOperationException($"ubrk_setText failed with ICU error {status}.");
            try
            {
                int index;
                while ((index = _next(_iterator)) != Done)
                    boundaries.Add(index);
            }
            finally
            {
                // ICU keeps a pointer to the text; leave it on a static empty string once ours is unpinned.
                fixed (char* empty = "")
                    _setText(_iterator, empty, 0, &status);
            }
        }
    }

    /// <summary>Closes the ICU iterator.</summary>
    public void Dispose()
    {
        if (_iterator == 0)
            return;
        _close(_iterator);
        _iterator = 0;
    }

    private nint Export(string name, string suffix) => NativeLibrary.GetExport(_library, name + suffix);
}
