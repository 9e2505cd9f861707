using System.Buffers.Binary;

namespace Briefing.Typesetting.Pdf.Images;

/// <summary>
/// Reads a PNG's chunks. Opaque non-interlaced images pass their IDAT zlib stream straight through with
/// a PNG predictor (no decoding); the rest are decoded by <see cref="PngPixelDecoder"/>.
/// </summary>
internal static class PngEncoder
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsPng(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    /// <summary>
    /// Encodes a PNG; with <paramref name="archival"/> (PDF/A-1) transparency is flattened onto white and
    /// 16-bit samples become 8-bit, since PDF 1.4 knows neither soft masks in PDF/A nor 16-bit images.
    /// </summary>
    public static EncodedImage Encode(ReadOnlySpan<byte> data, bool archival = false)
    {
        PngHeader? header = null;
        byte[]? palette = null;
        byte[]? transparency = null;
        var idatLength = 0L;
        var idatCount = 0;
        var ended = false;
        var pos = Signature.Length;
        // First pass: validate the chunk structure and measure the IDAT data.
        while (!ended)
        {
            if (pos + 8 > data.Length)
                throw Malformed("it is cut off (no IEND chunk)");
            var length = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(pos, 4));
            if (length > int.MaxValue || pos + 12 + (long)length > data.Length)
                throw Malformed("it is cut off inside a chunk");
            var type = data.Slice(pos + 4, 4);
            var body = data.Slice(pos + 8, (int)length);
            if (header is null && !type.SequenceEqual("IHDR"u8))
                throw Malformed("its first chunk is not IHDR");
            switch (ChunkName(type))
            {
                case "IHDR":
                    if (header is not null)
                        throw Malformed("it has two IHDR chunks");
                    header = ReadHeader(body);
                    break;
                case "PLTE":
                    if (body.Length % 3 != 0 || body.Length == 0 || body.Length > 768)
                        throw Malformed($"its palette has {body.Length} bytes");
                    palette = body.ToArray();
                    break;
                case "tRNS":
                    transparency = body.ToArray();
                    break;
                case "IDAT":
                    idatLength += length;
                    idatCount++;
                    break;
                case "IEND":
                    ended = true;
                    break;
                default:
                    // Bit 5 of the first letter clear marks a critical chunk we must understand.
                    if ((type[0] & 0x20) == 0)
                        throw new ArgumentException($"The PNG has an unknown critical chunk '{ChunkName(type)}'.", nameof(data));
                    break;
            }

            pos += 12 + (int)length;
        }

        var h = header!.Value;
        if (idatCount == 0 || idatLength == 0)
            throw Malformed("it has no image data (IDAT)");
        if (h.ColorType == 3 && palette is null)
            throw Malformed("it is a palette image without a PLTE chunk");
        if (transparency is not null)
            transparency = CheckTransparency(h, transparency, palette);

        var idat = new byte[idatLength];
        CopyIdat(data, idat);
        if (!IsZlibHeader(idat))
            throw Malformed("its image data is not a zlib stream");

        var indexed = h.ColorType == 3 ? palette : null;
        if (!h.Interlaced && transparency is null && h.ColorType is 0 or 2 or 3 && !(archival && h.BitDepth == 16))
        {
            // Same scanline layout as PDF's PNG predictors, so the stream needs no work at all.
            var colors = h.Channels;
            var parms = $"<</Predictor 15/Colors {colors}/BitsPerComponent {h.BitDepth}/Columns {h.Width}>>";
            return new EncodedImage(h.Width, h.Height, ColorSpaceOf(h), indexed, h.BitDepth, "FlateDecode", parms, false, idat, null);
        }

        return new PngPixelDecoder(h, indexed, transparency, flatten: archival).Decode(idat);
    }

    internal static string ColorSpaceOf(PngHeader h) => h.ColorType is 2 or 3 or 6 ? "DeviceRGB" : "DeviceGray";

    internal static ArgumentException Malformed(string why) => new($"The PNG is malformed: {why}.", "data");

    private static string ChunkName(ReadOnlySpan<byte> type) =>
        string.Create(4, type.ToArray(), static (s, t) =>
        {
            for (var i = 0; i < 4; i++)
                s[i] = t[i] is >= 0x20 and < 0x7F ? (char)t[i] : '?';
        });

    /// <summary>The pixel size from the IHDR chunk, which must come first, checked as <see cref="Encode"/> checks it.</summary>
    public static (int Width, int Height) ReadSize(ReadOnlySpan<byte> data)
    {
        if (data.Length < Signature.Length + 8 || !data.Slice(Signature.Length + 4, 4).SequenceEqual("IHDR"u8))
            throw Malformed("its first chunk is not IHDR");
        var length = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(Signature.Length, 4));
        var header = ReadHeader(data[(Signature.Length + 8)..][..(int)Math.Min(length, (uint)(data.Length - Signature.Length - 8))]);
        return (header.Width, header.Height);
    }

    private static PngHeader ReadHeader(ReadOnlySpan<byte> body)
    {
        if (body.Length != 13)
            throw Malformed("its IHDR chunk is not 13 bytes");
        var width = BinaryPrimitives.ReadUInt32BigEndian(body);
        var height = BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
        ImageEncoder.CheckSize(width, height, "PNG");
        if (body[10] != 0 || body[11] != 0)
            throw Malformed("its compression or filter method is unknown");
        if (body[12] > 1)
            throw Malformed($"its interlace method {body[12]} is unknown");
        var header = new PngHeader((int)width, (int)height, body[8], body[9], body[12] == 1);
        if (!header.IsValidDepth)
            throw new ArgumentException($"The PNG has colour type {header.ColorType} with bit depth {header.BitDepth}, which the PNG specification does not allow.", "data");
        return header;
    }

    /// <summary>Returns the usable tRNS data, or null when it is ignorable (as PNG decoders commonly do).</summary>
    private static byte[]? CheckTransparency(PngHeader h, byte[] trns, byte[]? palette) => h.ColorType switch
    {
        0 => trns.Length == 2 ? trns : throw Malformed("its grey tRNS chunk is not 2 bytes"),
        2 => trns.Length == 6 ? trns : throw Malformed("its RGB tRNS chunk is not 6 bytes"),
        3 => trns.Length <= palette!.Length / 3 ? trns : throw Malformed("its tRNS chunk has more entries than its palette"),
        _ => null, // colour types with an alpha channel have no tRNS; ignore it
    };

    private static void CopyIdat(ReadOnlySpan<byte> data, Span<byte> idat)
    {
        var pos = Signature.Length;
        var written = 0;
        while (written < idat.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(data.Slice(pos, 4));
            if (data.Slice(pos + 4, 4).SequenceEqual("IDAT"u8))
            {
                data.Slice(pos + 8, length).CopyTo(idat[written..]);
                written += length;
            }

            pos += 12 + length;
        }
    }

    private static bool IsZlibHeader(ReadOnlySpan<byte> z) =>
        z.Length >= 2 && (z[0] & 0x0F) == 8 && z[0] >> 4 <= 7 && (z[0] << 8 | z[1]) % 31 == 0 && (z[1] & 0x20) == 0;
}
