using System.Buffers.Binary;

namespace Briefing.Typesetting.Pdf.Images;

/// <summary>
/// What a JPEG's header segments say, read up to its first scan: the frame header (SOF marker, sample
/// precision, size, colour components) and whether an Adobe APP14 segment marks it. The one JPEG header
/// reader, for the image element's size and the PDF encoder alike.
/// </summary>
internal readonly record struct JpegFrame(int Marker, int Precision, int Width, int Height, int Components, bool Adobe, bool HasScan)
{
    /// <summary>Reads the header segments; throws <see cref="ArgumentException"/> when they are malformed or there is no frame header.</summary>
    public static JpegFrame Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 2 || data[0] != 0xFF || data[1] != 0xD8)
            throw Malformed("it does not start with a JPEG marker");
        var frame = default(JpegFrame);
        var found = false;
        var adobe = false;
        var i = 2;
        while (i + 2 <= data.Length)
        {
            if (data[i] != 0xFF)
                throw Malformed($"byte {i} is not a marker");
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

            if (marker is 0xD9 or 0xDA)
            {
                // End of image or start of scan: every header segment comes before.
                if (!found)
                    throw Malformed("it has no frame header before its scan");
                return frame with { Adobe = adobe, HasScan = marker == 0xDA };
            }

            if (i + 4 > data.Length)
                throw Malformed("a segment header is cut off");
            int length = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(i + 2, 2));
            if (length < 2 || i + 2 + length > data.Length)
                throw Malformed($"the segment at byte {i} runs past the end");
            var segment = data.Slice(i + 4, length - 2);

            // Start-of-frame markers; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (found)
                    throw Malformed("it has two frame headers");
                if (segment.Length < 6)
                    throw Malformed("its frame header is too short");
                found = true;
                frame = new JpegFrame(
                    marker,
                    segment[0],
                    BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(3, 2)),
                    BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(1, 2)),
                    segment[5],
                    false,
                    false);
                if (segment.Length < 6 + 3 * frame.Components)
                    throw Malformed("its frame header is too short for its components");
            }
            else if (marker == 0xEE && segment.StartsWith("Adobe"u8))
            {
                adobe = true;
            }

            i += 2 + length;
        }

        // The data ends before any scan: enough for the size, not for an image (see HasScan).
        if (!found)
            throw Malformed("it ends before its frame header");
        return frame with { Adobe = adobe };
    }

    private static ArgumentException Malformed(string why) => new($"The JPEG is malformed: {why}.", "data");
}
