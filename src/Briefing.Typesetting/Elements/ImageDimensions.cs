using System.Buffers.Binary;

namespace Briefing.Typesetting.Elements;

/// <summary>Reads an image's pixel size from its PNG or JPEG header, without decoding it.</summary>
internal static class ImageDimensions
{
    /// <summary>The pixel width and height; throws <see cref="ArgumentException"/> if the bytes are neither PNG nor JPEG.</summary>
    public static (int Width, int Height) Read(ReadOnlySpan<byte> data)
    {
        if (TryPng(data, out var size) || TryJpeg(data, out size))
            return size;
        throw new ArgumentException("The image is neither a PNG nor a JPEG with a readable size.", nameof(data));
    }

    private static bool TryPng(ReadOnlySpan<byte> data, out (int, int) size)
    {
        size = default;
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        // The first chunk is always IHDR: length(4) type(4) width(4) height(4).
        if (data.Length < 24 || !data[..8].SequenceEqual(signature) || !data.Slice(12, 4).SequenceEqual("IHDR"u8))
            return false;
        size = (BinaryPrimitives.ReadInt32BigEndian(data.Slice(16, 4)), BinaryPrimitives.ReadInt32BigEndian(data.Slice(20, 4)));
        return size.Item1 > 0 && size.Item2 > 0;
    }

    private static bool TryJpeg(ReadOnlySpan<byte> data, out (int, int) size)
    {
        size = default;
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
            return false;
        var i = 2;
        while (i + 4 <= data.Length)
        {
            if (data[i] != 0xFF)
                return false;
            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2; // markers without a length
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(i + 2, 2));
            // Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (i + 9 > data.Length)
                    return false;
                int height = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(i + 5, 2));
                int width = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(i + 7, 2));
                size = (width, height);
                return width > 0 && height > 0;
            }

            if (marker == 0xDA || length < 2)
                return false; // start of scan before any frame header
            i += 2 + length;
        }

        return false;
    }
}
