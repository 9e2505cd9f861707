using System.IO.MemoryMappedFiles;

namespace Briefing.Typesetting.Fonts;

/// <summary>
/// A font file mapped read-only into memory, for the parts that are large and read sparsely: a Korean
/// face's 4 MB of 'glyf' outlines, of which a document subsets a few hundred glyphs, and the whole file that
/// HarfBuzz shapes from. Reading those into arrays cost a third of a whole Korean render (docs/performance.md,
/// issue 19: the kernel copying 17 MB and the GC clearing the arrays); a mapping touches only the pages used,
/// shares them with every process through the page cache, and costs no system call per glyph.
/// </summary>
/// <remarks>
/// The mapping lives as long as this object (and every HarfBuzz blob made from it); the finalizer unmaps it. Fonts are replaced by
/// package managers through a rename, which leaves a mapping of the old file intact; HarfBuzz maps its fonts
/// the same way where it is built with mmap.
/// </remarks>
internal sealed unsafe class MappedFontFile
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;

    private MappedFontFile(string path, long length)
    {
        Path = path;
        Length = length;
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
        _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* start = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        _start = start + _view.PointerOffset;
    }

    /// <summary>
    /// Gives back the pointer taken in the constructor, so that the view's handle can unmap the file. Runs only
    /// when nothing can read the mapping any more: every span is read through an object that holds this one
    /// (FontProgram, HarfBuzzShaper), and a HarfBuzz blob holds it through its release callback.
    /// </summary>
    ~MappedFontFile() => _view.SafeMemoryMappedViewHandle.ReleasePointer();

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>The file's length in bytes when it was mapped.</summary>
    public long Length { get; }

    /// <summary>
    /// Maps <paramref name="path"/>; an empty or unreadable file is an <see cref="UnsupportedFontException"/>, as
    /// when its tables were read.
    /// </summary>
    public static MappedFontFile Open(string path)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
            if (length == 0)
                throw new UnsupportedFontException(path, "the file is empty");
            return new MappedFontFile(path, length);
        }
        catch (IOException e)
        {
            throw new UnsupportedFontException(path, $"it cannot be mapped: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UnsupportedFontException(path, $"it cannot be mapped: {e.Message}");
        }
    }

    /// <summary>The bytes [<paramref name="offset"/>, +<paramref name="length"/>); a range past the end means the file was cut short.</summary>
    public ReadOnlySpan<byte> Span(long offset, int length, string what)
    {
        if (offset < 0 || length < 0 || offset + length > Length)
            throw new UnsupportedFontException(Path, $"malformed file: the {what} lies outside the file");
        return new ReadOnlySpan<byte>(_start + offset, length);
    }

    /// <summary>
    /// A HarfBuzz blob over the whole mapping (read-only: HarfBuzz never writes to it). The blob keeps this
    /// mapping alive until HarfBuzz releases it.
    /// </summary>
    public HarfBuzzSharp.Blob CreateBlob()
    {
        if (Length > int.MaxValue)
            throw new UnsupportedFontException(Path, "the file is larger than 2 GB");
        return new HarfBuzzSharp.Blob((IntPtr)_start, (int)Length, HarfBuzzSharp.MemoryMode.ReadOnly, () => GC.KeepAlive(this));
    }
}
