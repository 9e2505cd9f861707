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

    /// <summary>Compresses <paramref name="data"/> into a new array: one complete zlib stream.</summary>
    public byte[] Compress(ReadOnlySpan<byte> data)
    {
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
}
