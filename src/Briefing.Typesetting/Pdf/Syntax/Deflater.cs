using System.Runtime.InteropServices;

namespace Briefing.Typesetting.Pdf.Syntax;

/// <summary>
/// A zlib compressor for PDF streams (FlateDecode, with the Adler-32 checksum that strict readers such as
/// <c>qpdf --check</c> insist on), kept for many streams. One instance is used by one thread at a time
/// (<see cref="DeflaterPool"/> hands them out).
/// </summary>
/// <remarks>
/// It calls libdeflate (<c>libdeflate.so.0</c>, Debian's libdeflate0, installed by <c>.ci/setup</c>) rather than
/// .NET's <c>ZLibStream</c>, whose zlib-ng allocates and clears about 350 KB of fresh state for every stream and
/// offers no reset. A native render is short, and on a virtual machine where first touching a page costs
/// 10-14 µs that fresh state was most of zlib's cost. libdeflate compresses a whole buffer at once with a
/// compressor that is made once and reused as it is; at the same level it was as fast as zlib-ng and smaller
/// on every stream of the summit brief, where the system's zlib (also reusable, with <c>deflateReset</c>) was
/// smaller too but took twice the time. Measured in docs/performance.md ("Issue 19, fifth pass"). Its output
/// depends only on the level and the input (<c>DeflaterTests</c>), so a document's bytes never depend on which
/// streams a compressor has seen before. Where libdeflate is missing, <see cref="DeflaterPool"/> uses .NET's
/// <c>ZLibStream</c> instead (<see cref="IsAvailable"/>).
/// </remarks>
internal sealed unsafe partial class Deflater : SafeHandle
{
    /// <summary>
    /// The level for every compressed stream. Measured on the summit brief's Korean font subsets (97 KB of
    /// TrueType, best of 60, with .NET's zlib-ng): level 1 0.23 ms for 53.3 KB, level 2 0.75 ms for 46.7 KB,
    /// level 6 1.19 ms for 44.0 KB, level 9 2.0 ms for 43.6 KB. Level 1 for page content would have made the
    /// English brief 14 % larger. Level 6's cost is hidden instead by compressing on the thread pool while the
    /// document's other parts are written (EmbeddedFont, DocumentWriter).
    /// </summary>
    public const int Level = 6;

    private const string Library = "libdeflate.so.0";

    /// <summary>
    /// Whether libdeflate can be loaded here; when not, <see cref="DeflaterPool"/> falls back to .NET's own zlib. Asked
    /// once a process: whether a library is installed does not change while a command runs.
    /// </summary>
    public static bool IsAvailable { get; } = NativeLibrary.TryLoad(Library, out _);

    private byte[] _output = [];

    /// <summary>A compressor at <see cref="Level"/>.</summary>
    public Deflater()
        : base(IntPtr.Zero, ownsHandle: true)
    {
        var compressor = libdeflate_alloc_compressor(Level);
        if (compressor == null)
            throw new OutOfMemoryException("libdeflate could not make a compressor.");
        SetHandle((IntPtr)compressor);
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Compresses <paramref name="data"/> into a new array: one complete zlib stream.</summary>
    public byte[] Compress(ReadOnlySpan<byte> data)
    {
        var compressor = (void*)handle;
        // The bound always fits the whole stream; the buffer is kept for the next stream.
        var bound = (int)libdeflate_zlib_compress_bound(compressor, (nuint)data.Length);
        if (_output.Length < bound)
            _output = new byte[bound];
        fixed (byte* input = data)
        fixed (byte* output = _output)
        {
            var length = (int)libdeflate_zlib_compress(compressor, input, (nuint)data.Length, output, (nuint)_output.Length);
            if (length == 0)
                throw new InvalidOperationException($"libdeflate did not fit {data.Length} bytes into its own bound of {bound}.");
            return _output.AsSpan(0, length).ToArray();
        }
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        libdeflate_free_compressor((void*)handle);
        return true;
    }

    [LibraryImport(Library)]
    private static partial void* libdeflate_alloc_compressor(int level);

    [LibraryImport(Library)]
    private static partial nuint libdeflate_zlib_compress_bound(void* compressor, nuint length);

    [LibraryImport(Library)]
    private static partial nuint libdeflate_zlib_compress(void* compressor, byte* input, nuint length, byte* output, nuint available);

    [LibraryImport(Library)]
    private static partial void libdeflate_free_compressor(void* compressor);
}
