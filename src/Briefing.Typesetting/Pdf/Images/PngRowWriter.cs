using System.IO.Compression;

namespace Briefing.Typesetting.Pdf.Images;

/// <summary>
/// Writes rows as a zlib stream with PNG predictors (PDF /Predictor 15), choosing each row's filter by
/// the usual minimum-sum-of-absolute-differences heuristic: it costs little and shrinks photos a lot.
/// </summary>
internal sealed class PngRowWriter : IDisposable
{
    private readonly MemoryStream _buffer = new();
    private readonly ZLibStream _zlib;
    private readonly int _stride;
    private byte[] _prior;
    private byte[] _best;
    private byte[] _trial;

    /// <summary>A writer of rows of <paramref name="rowBytes"/> bytes whose pixels are <paramref name="stride"/> bytes.</summary>
    public PngRowWriter(int rowBytes, int stride)
    {
        _stride = stride;
        _prior = new byte[rowBytes];
        _best = new byte[rowBytes + 1];
        _trial = new byte[rowBytes + 1];
        _zlib = new ZLibStream(_buffer, CompressionLevel.Optimal, leaveOpen: true);
    }

    /// <summary>Filters and compresses one row.</summary>
    public void Write(ReadOnlySpan<byte> row)
    {
        var bestSum = long.MaxValue;
        for (var filter = 0; filter <= 4; filter++)
        {
            var sum = Filter(filter, row, _prior, _trial);
            if (sum < bestSum)
            {
                bestSum = sum;
                (_best, _trial) = (_trial, _best);
            }
        }

        _zlib.Write(_best);
        row.CopyTo(_prior);
    }

    /// <summary>Ends the zlib stream (with its Adler-32) and returns its bytes.</summary>
    public byte[] Finish()
    {
        _zlib.Dispose();
        return _buffer.ToArray();
    }

    /// <inheritdoc />
    public void Dispose() => _zlib.Dispose();

    private long Filter(int filter, ReadOnlySpan<byte> row, ReadOnlySpan<byte> prior, Span<byte> output)
    {
        output[0] = (byte)filter;
        var s = _stride;
        long sum = 0;
        for (var i = 0; i < row.Length; i++)
        {
            int a = i >= s ? row[i - s] : 0;
            int b = prior[i];
            int c = i >= s ? prior[i - s] : 0;
            var v = (byte)(filter switch
            {
                0 => row[i],
                1 => row[i] - a,
                2 => row[i] - b,
                3 => row[i] - ((a + b) >> 1),
                _ => row[i] - PngUnfilter.Paeth(a, b, c),
            });
            output[i + 1] = v;
            sum += Math.Abs((sbyte)v);
        }

        return sum;
    }
}
