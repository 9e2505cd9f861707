using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Briefing.Typesetting.Tests.Pdf.Images;

/// <summary>
/// A PNG to encode for tests: <see cref="Samples"/> holds each pixel's channels at <see cref="BitDepth"/>
/// (palette images: the index). Written with every scanline filter in turn so decoding exercises all five.
/// </summary>
internal sealed record TestPng(int Width, int Height, int ColorType, int BitDepth, bool Interlaced, int[] Samples, byte[]? Palette = null, byte[]? Transparency = null)
{
    private static readonly int[][] Passes =
        [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];

    public int Channels => ColorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };

    /// <summary>The filtered scanlines, before compression.</summary>
    public byte[] Scanlines()
    {
        using var raw = new MemoryStream();
        var rowIndex = 0;
        if (!Interlaced)
        {
            WritePass(raw, 0, 0, 1, 1, ref rowIndex);
        }
        else
        {
            foreach (var p in Passes)
                WritePass(raw, p[0], p[1], p[2], p[3], ref rowIndex);
        }

        return raw.ToArray();
    }

    /// <summary>The PNG file, its zlib data split over <paramref name="idatChunks"/> IDAT chunks.</summary>
    public byte[] Encode(int idatChunks = 1) => Assemble(Compress(Scanlines()), idatChunks);

    public static byte[] Compress(byte[] data)
    {
        using var z = new MemoryStream();
        using (var zlib = new ZLibStream(z, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return z.ToArray();
    }

    /// <summary>Signature, IHDR, PLTE, tRNS, the IDAT chunks and IEND around the given zlib data.</summary>
    public byte[] Assemble(byte[] zlib, int idatChunks = 1)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = (byte)BitDepth;
        header[9] = (byte)ColorType;
        header[12] = Interlaced ? (byte)1 : (byte)0;
        WriteChunk(png, "IHDR", header);
        if (Palette is not null)
            WriteChunk(png, "PLTE", Palette);
        if (Transparency is not null)
            WriteChunk(png, "tRNS", Transparency);
        var piece = (zlib.Length + idatChunks - 1) / idatChunks;
        for (var start = 0; start < zlib.Length; start += piece)
            WriteChunk(png, "IDAT", zlib.AsSpan(start, Math.Min(piece, zlib.Length - start)).ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    public static void WriteChunk(Stream s, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        s.Write(word);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, System.IO.Hashing.Crc32.HashToUInt32([.. typeBytes, .. data]));
        s.Write(word);
    }

    private void WritePass(Stream raw, int x0, int y0, int dx, int dy, ref int rowIndex)
    {
        var passWidth = (Width - x0 + dx - 1) / dx;
        var passHeight = (Height - y0 + dy - 1) / dy;
        if (passWidth <= 0 || passHeight <= 0)
            return;
        var bitsPerPixel = Channels * BitDepth;
        var rowBytes = (passWidth * bitsPerPixel + 7) / 8;
        var stride = Math.Max(1, bitsPerPixel / 8);
        var prior = new byte[rowBytes];
        for (var r = 0; r < passHeight; r++)
        {
            var row = new byte[rowBytes];
            var bit = 0;
            for (var i = 0; i < passWidth; i++)
            {
                var pixel = (y0 + r * dy) * Width + x0 + i * dx;
                for (var k = 0; k < Channels; k++)
                {
                    var v = Samples[pixel * Channels + k];
                    if (BitDepth == 16)
                    {
                        row[bit / 8] = (byte)(v >> 8);
                        row[bit / 8 + 1] = (byte)v;
                    }
                    else
                    {
                        row[bit / 8] |= (byte)(v << (8 - BitDepth - bit % 8));
                    }

                    bit += BitDepth;
                }
            }

            var filter = rowIndex++ % 5;
            raw.WriteByte((byte)filter);
            for (var i = 0; i < rowBytes; i++)
            {
                raw.WriteByte((byte)(row[i] - Predictor(filter, row, prior, i, stride)));
            }

            prior = row;
        }
    }

    /// <summary>
    /// What PNG filter <paramref name="filter"/> predicts for byte <paramref name="i"/> of <paramref name="row"/>
    /// (unfiltered bytes left of it, <paramref name="prior"/> the unfiltered row above): the tests' own
    /// reading of the PNG specification, kept apart from the engine's PngUnfilter on purpose.
    /// </summary>
    internal static int Predictor(int filter, ReadOnlySpan<byte> row, ReadOnlySpan<byte> prior, int i, int stride)
    {
        int a = i >= stride ? row[i - stride] : 0, b = prior[i], c = i >= stride ? prior[i - stride] : 0;
        return filter switch
        {
            0 => 0,
            1 => a,
            2 => b,
            3 => (a + b) / 2,
            4 => Paeth(a, b, c),
            _ => throw new InvalidOperationException($"filter {filter}"),
        };
    }

    internal static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
