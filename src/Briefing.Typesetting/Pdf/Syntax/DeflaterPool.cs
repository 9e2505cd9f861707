using System.IO.Compression;
using System.Collections.Concurrent;

namespace Briefing.Typesetting.Pdf.Syntax;

/// <summary>
/// The zlib compressors of one document. Its streams are compressed on the thread pool (pages, fonts,
/// attachments), so a compressor is taken for one stream and given back: a document makes as many as ran at
/// once (one or two on two cores), not one per stream. Disposing frees the idle ones; one still held by a task
/// that outlives the document is freed by its finalizer.
/// </summary>
internal sealed class DeflaterPool : IDisposable
{
    private readonly ConcurrentBag<Deflater> _idle = [];
    // Null: whether libdeflate loads is asked on the first stream, not here. Streams are compressed on the thread
    // pool, so loading the library (about half a millisecond) stays off the thread that writes the document.
    private readonly bool? _libdeflate;

    /// <summary>A pool of libdeflate compressors, or, where libdeflate is not installed, .NET's own zlib.</summary>
    public DeflaterPool()
    {
    }

    /// <summary>A pool that uses libdeflate only when <paramref name="libdeflate"/> (tests take the fallback with false).</summary>
    internal DeflaterPool(bool libdeflate) => _libdeflate = libdeflate;

    /// <summary>Compresses <paramref name="data"/> into a new array: one complete zlib stream.</summary>
    public byte[] Compress(ReadOnlySpan<byte> data)
    {
        if (!(_libdeflate ?? Deflater.IsAvailable))
            return CompressWithZLibStream(data);
        if (!_idle.TryTake(out var deflater))
            deflater = new Deflater();
        try
        {
            return deflater.Compress(data);
        }
        finally
        {
            _idle.Add(deflater);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        while (_idle.TryTake(out var deflater))
            deflater.Dispose();
    }

    // Without libdeflate (a machine that `.ci/setup` did not prepare, or a tool installed elsewhere) a render still
    // works, a little slower and a little larger, rather than failing for a missing library: .NET's ZLibStream at the
    // same level. Its bytes, too, depend only on the input, so a document is still the same on every render there.
    private static byte[] CompressWithZLibStream(ReadOnlySpan<byte> data)
    {
        // ZLibStream writes nothing at all for no input, which is no zlib stream: this is one (the header, an empty
        // final block, and the Adler-32 of nothing), as zlib itself writes it.
        if (data.IsEmpty)
            return [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = Deflater.Level }, leaveOpen: true))
            zlib.Write(data);
        return output.ToArray();
    }
}
