using System.Runtime.InteropServices;

namespace Briefing.Typesetting.Pdf.Syntax;

/// <summary>
/// A zlib compressor for PDF streams (FlateDecode, with the Adler-32 checksum that strict readers such as
/// <c>qpdf --check</c> insist on), kept for many streams: each stream after the first resets it
/// (<c>deflateReset</c>) instead of building a new one. One instance is used by one thread at a time
/// (<see cref="DeflaterPool"/> hands them out).
/// </summary>
/// <remarks>
/// It calls the system's zlib (<c>libz.so.1</c>, Debian's zlib1g, which every Debian system has) rather than
/// .NET's <c>ZLibStream</c>, whose zlib-ng allocates and clears about 350 KB of fresh state per stream and
/// offers no reset. A native render is short, and on a virtual machine where first touching a page costs
/// 10-14 µs that fresh state was most of zlib's cost: measured in docs/performance.md ("Issue 19, fifth pass").
/// zlib's own deflate is slower per byte than zlib-ng but compresses slightly smaller at the same level, and
/// a reset gives the same bytes as a new compressor (<c>DeflaterTests</c>), so a document's bytes never
/// depend on which streams a compressor has seen before.
/// </remarks>
internal sealed unsafe partial class Deflater : SafeHandle
{
    /// <summary>
    /// The level for every compressed stream. Measured on the summit brief's Korean font subsets (97 KB of
    /// TrueType, best of 60, zlib-ng): level 1 0.23 ms for 53.3 KB, level 2 0.75 ms for 46.7 KB, level 6 1.19 ms
    /// for 44.0 KB, level 9 2.0 ms for 43.6 KB. Level 1 for page content would have made the English brief 14 %
    /// larger. Level 6's cost is hidden instead by compressing on the thread pool while the document's other
    /// parts are written (EmbeddedFont, DocumentWriter).
    /// </summary>
    public const int Level = 6;

    private const string Library = "libz.so.1";
    private const int Deflated = 8, MaxWindowBits = 15, DefaultMemoryLevel = 8, DefaultStrategy = 0;
    private const int Finish = 4, Ok = 0, StreamEnd = 1;

    private byte[] _output = [];
    private bool _used;

    /// <summary>A compressor at <see cref="Level"/> with zlib's default window (32 KB) and memory level.</summary>
    public Deflater()
        : base(IntPtr.Zero, ownsHandle: true)
    {
        var stream = (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));
        var result = deflateInit2_(stream, Level, Deflated, MaxWindowBits, DefaultMemoryLevel, DefaultStrategy, zlibVersion(), sizeof(ZStream));
        if (result != Ok)
        {
            NativeMemory.Free(stream);
            // zlib checks the size of its stream structure: a mismatch means ZStream below no longer matches zlib.h.
            throw new InvalidOperationException($"zlib's deflateInit2_ failed ({result}).");
        }
        SetHandle((IntPtr)stream);
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Compresses <paramref name="data"/> into a new array: one complete zlib stream.</summary>
    public byte[] Compress(ReadOnlySpan<byte> data)
    {
        var stream = (ZStream*)handle;
        if (_used)
            Check(deflateReset(stream), Ok, "deflateReset");
        _used = true;
        // deflateBound is enough for the whole stream in one call with Z_FINISH; the buffer is kept for the next stream.
        var bound = (int)deflateBound(stream, (nuint)data.Length);
        if (_output.Length < bound)
            _output = new byte[bound];
        fixed (byte* input = data)
        fixed (byte* output = _output)
        {
            stream->NextIn = input;
            stream->AvailableIn = (uint)data.Length;
            stream->NextOut = output;
            stream->AvailableOut = (uint)_output.Length;
            Check(deflate(stream, Finish), StreamEnd, "deflate");
            var length = (int)(stream->NextOut - output);
            stream->NextIn = stream->NextOut = null;
            return _output.AsSpan(0, length).ToArray();
        }
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        var stream = (ZStream*)handle;
        deflateEnd(stream);
        NativeMemory.Free(stream);
        return true;
    }

    private static void Check(int result, int expected, string call)
    {
        if (result != expected)
            throw new InvalidOperationException($"zlib's {call} returned {result}.");
    }

    // zlib.h's z_stream on a 64-bit (LP64) system: uInt is 32 bits, uLong and pointers 64. Its size is passed to
    // deflateInit2_, which refuses a stream of any other size.
    [StructLayout(LayoutKind.Sequential)]
    private struct ZStream
    {
        public byte* NextIn;
        public uint AvailableIn;
        public nuint TotalIn;
        public byte* NextOut;
        public uint AvailableOut;
        public nuint TotalOut;
        public byte* Message;
        public void* State;
        public void* Allocate;
        public void* Free;
        public void* Opaque;
        public int DataType;
        public nuint Adler;
        public nuint Reserved;
    }

    [LibraryImport(Library)]
    private static partial byte* zlibVersion();

    [LibraryImport(Library)]
    private static partial int deflateInit2_(ZStream* stream, int level, int method, int windowBits, int memLevel, int strategy, byte* version, int streamSize);

    [LibraryImport(Library)]
    private static partial int deflate(ZStream* stream, int flush);

    [LibraryImport(Library)]
    private static partial int deflateReset(ZStream* stream);

    [LibraryImport(Library)]
    private static partial nuint deflateBound(ZStream* stream, nuint sourceLength);

    [LibraryImport(Library)]
    private static partial int deflateEnd(ZStream* stream);
}
