using System.Buffers.Binary;
using System.IO.Compression;
using Briefing.Typesetting.Pdf.Images;

namespace Briefing.Snapshots.Images;

/// <summary>
/// A minimal PNG codec: decodes 8-bit gray, gray+alpha, RGB and RGBA non-interlaced images,
/// encodes 8-bit RGB; enough for pdftoppm pages and diff masks without a native imaging library.
/// </summary>
public static class PngCodec
{
    private static ReadOnlySpan<byte> Signature => [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>Decodes a PNG into RGB; alpha, if any, is composited over white.</summary>
    public static RgbImage Decode(ReadOnlySpan<byte> png)
    {
        if (png.Length < Signature.Length || !png[..Signature.Length].SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG: the signature is missing.");
        }

        int width = 0, height = 0, channels = 0;
        var sawHeader = false;
        using var compressed = new MemoryStream();
        var offset = Signature.Length;
        while (true)
        {
            if (offset + 8 > png.Length)
            {
                throw new InvalidDataException("Truncated PNG: no IEND chunk.");
            }

            var length = BinaryPrimitives.ReadInt32BigEndian(png[offset..]);
            var type = png.Slice(offset + 4, 4);
            if (length < 0 || offset + 12L + length > png.Length)
            {
                throw new InvalidDataException("Truncated PNG chunk.");
            }

            var data = png.Slice(offset + 8, length);
            var storedCrc = BinaryPrimitives.ReadUInt32BigEndian(png[(offset + 8 + length)..]);
            if (System.IO.Hashing.Crc32.HashToUInt32(png.Slice(offset + 4, length + 4)) != storedCrc)
            {
                throw new InvalidDataException($"PNG chunk {System.Text.Encoding.ASCII.GetString(type)} has a bad CRC.");
            }

            if (type.SequenceEqual("IHDR"u8))
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                var bitDepth = data[8];
                var colorType = data[9];
                var interlace = data[12];
                if (bitDepth != 8)
                {
                    throw new NotSupportedException($"PNG bit depth {bitDepth} is not supported (only 8).");
                }

                if (interlace != 0)
                {
                    throw new NotSupportedException("Interlaced PNGs are not supported.");
                }

                channels = colorType switch
                {
                    0 => 1,
                    2 => 3,
                    4 => 2,
                    6 => 4,
                    _ => throw new NotSupportedException($"PNG color type {colorType} is not supported."),
                };
                if (width <= 0 || height <= 0)
                {
                    throw new InvalidDataException("PNG has an empty size.");
                }

                sawHeader = true;
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                compressed.Write(data);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            offset += 12 + length;
        }

        if (!sawHeader)
        {
            throw new InvalidDataException("PNG has no IHDR chunk.");
        }

        var stride = width * channels;
        var raw = new byte[(long)(stride + 1) * height];
        compressed.Position = 0;
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.ReadExactly(raw);
        }

        var rows = Unfilter(raw, stride, height, channels);
        return new RgbImage(width, height, ToRgb(rows, width, height, channels));
    }

    /// <summary>Encodes an RGB image as an 8-bit RGB PNG (filter 0, zlib).</summary>
    public static byte[] Encode(RgbImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var stride = image.Width * 3;
        using var idat = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true))
        {
            Span<byte> none = [0];
            for (var y = 0; y < image.Height; y++)
            {
                zlib.Write(none);
                zlib.Write(image.Pixels, y * stride, stride);
            }
        }

        using var output = new MemoryStream();
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], image.Height);
        header[8] = 8;
        header[9] = 2;
        header[10] = 0;
        header[11] = 0;
        header[12] = 0;
        WriteChunk(output, "IHDR"u8, header);
        WriteChunk(output, "IDAT"u8, idat.GetBuffer().AsSpan(0, (int)idat.Length));
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        var crcInput = new byte[4 + data.Length];
        type.CopyTo(crcInput);
        data.CopyTo(crcInput.AsSpan(4));
        output.Write(crcInput);
        BinaryPrimitives.WriteUInt32BigEndian(word, System.IO.Hashing.Crc32.HashToUInt32(crcInput));
        output.Write(word);
    }

    private static byte[] Unfilter(byte[] raw, int stride, int height, int bytesPerPixel)
    {
        var rows = new byte[(long)stride * height];
        var zeros = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[(long)y * (stride + 1)];
            var current = rows.AsSpan(y * stride, stride);
            raw.AsSpan((int)((long)y * (stride + 1) + 1), stride).CopyTo(current);
            ReadOnlySpan<byte> previous = y == 0 ? zeros : rows.AsSpan((y - 1) * stride, stride);
            try
            {
                PngUnfilter.Apply(filter, current, previous, bytesPerPixel);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"PNG row {y}: {e.Message}", e);
            }
        }

        return rows;
    }

    private static byte[] ToRgb(byte[] rows, int width, int height, int channels)
    {
        if (channels == 3)
        {
            return rows;
        }

        var pixelCount = width * height;
        var rgb = new byte[pixelCount * 3];
        for (var p = 0; p < pixelCount; p++)
        {
            byte r, g, b, a;
            switch (channels)
            {
                case 1:
                    r = g = b = rows[p];
                    a = 255;
                    break;
                case 2:
                    r = g = b = rows[p * 2];
                    a = rows[p * 2 + 1];
                    break;
                default:
                    r = rows[p * 4];
                    g = rows[p * 4 + 1];
                    b = rows[p * 4 + 2];
                    a = rows[p * 4 + 3];
                    break;
            }

            rgb[p * 3] = OverWhite(r, a);
            rgb[p * 3 + 1] = OverWhite(g, a);
            rgb[p * 3 + 2] = OverWhite(b, a);
        }

        return rgb;
    }

    private static byte OverWhite(byte value, byte alpha) =>
        (byte)((value * alpha + 255 * (255 - alpha) + 127) / 255);
}
