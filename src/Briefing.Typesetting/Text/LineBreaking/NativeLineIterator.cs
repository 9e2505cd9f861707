using System.Runtime.InteropServices;
using System.Text;

namespace Briefing.Typesetting.Text.LineBreaking;

/// <summary>
/// ICU's line-break iterator called directly through its C API (libicuuc), bypassing icu.net. icu.net's
/// <c>SetText</c> collects every boundary up front and allocates two arrays per boundary (one of 128
/// ints for the rule status), which made it the largest allocator of a layout; and its start-up reads
/// the dependency manifest and compiles regular expressions to find the library (100-250 ms cold).
/// Here the library is found the way .NET itself finds it on Linux, <c>libicuuc.so.NN</c>, newest first, but starting
/// with the versions the dynamic loader's cache names, so that a start does not pay for a failed search per newer version.
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
        // The versions the dynamic loader's cache lists, newest first: one read of a small file instead of a failed
        // dlopen (each its own search of that cache and of the library folders) for every newer version probed below.
        candidates.AddRange(CachedMajorVersions(LoaderCache));
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

    private const string LoaderCache = "/etc/ld.so.cache";

    /// <summary>
    /// The major versions of every <c>libicuuc.so.NN</c> named in the dynamic loader's cache file
    /// <paramref name="cache"/> (<c>/etc/ld.so.cache</c>, which ldconfig writes), newest first; none when the file is
    /// missing or unreadable. Only names are read: which one loads is still up to the loader.
    /// </summary>
    internal static IReadOnlyList<string> CachedMajorVersions(string cache)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(cache);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No cache here (another C library, or a locked-down system): the versions are probed one by one.
            return [];
        }

        var name = "libicuuc.so."u8;
        var majors = new SortedSet<int>();
        var rest = bytes.AsSpan();
        for (var at = rest.IndexOf(name); at >= 0; at = rest.IndexOf(name))
        {
            rest = rest[(at + name.Length)..];
            var major = 0;
            var digits = 0;
            while (digits < rest.Length && digits < 4 && char.IsAsciiDigit((char)rest[digits]))
                major = major * 10 + (rest[digits++] - '0');
            if (digits > 0)
                majors.Add(major);
        }

        return majors.Reverse().Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
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
