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
        var o = output[1..];
        var s = Math.Min(_stride, row.Length);
        var n = row.Length;
        // One loop per filter keeps the switch out of the per-byte path.
        switch (filter)
        {
            case 0:
                row.CopyTo(o);
                break;
            case 1:
                row[..s].CopyTo(o);
                for (var i = s; i < n; i++)
                    o[i] = (byte)(row[i] - row[i - s]);
                break;
            case 2:
                for (var i = 0; i < n; i++)
                    o[i] = (byte)(row[i] - prior[i]);
                break;
            case 3:
                for (var i = 0; i < s; i++)
                    o[i] = (byte)(row[i] - (prior[i] >> 1));
                for (var i = s; i < n; i++)
                    o[i] = (byte)(row[i] - ((row[i - s] + prior[i]) >> 1));
                break;
            default:
                for (var i = 0; i < s; i++)
                    o[i] = (byte)(row[i] - prior[i]);
                for (var i = s; i < n; i++)
                    o[i] = (byte)(row[i] - PngUnfilter.Paeth(row[i - s], prior[i], prior[i - s]));
                break;
        }

        long sum = 0;
        foreach (var v in o)
            sum += v < 128 ? v : 256 - v; // |v| read as a signed byte
        return sum;
    }
}
