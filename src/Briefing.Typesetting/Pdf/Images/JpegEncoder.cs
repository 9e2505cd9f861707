using System.Buffers.Binary;

namespace Briefing.Typesetting.Pdf.Images;

/// <summary>Passes a JPEG through as DCTDecode after reading its frame header (size, components, precision).</summary>
internal static class JpegEncoder
{
    public static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public static EncodedImage Encode(ReadOnlySpan<byte> data)
    {
        var adobe = false;
        int width = 0, height = 0, components = 0;
        var i = 2;
        while (true)
        {
            if (i + 2 > data.Length)
                throw Malformed("it ends before its frame header");
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
                // End of image or start of scan: every header segment we need comes before.
                if (components == 0)
                    throw Malformed("it has no frame header before its scan");
                break;
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
                if (components != 0)
                    throw Malformed("it has two frame headers");
                // Only Huffman baseline, extended and progressive are what PDF readers' DCT decoders handle.
                if (marker is not (0xC0 or 0xC1 or 0xC2))
                    throw new ArgumentException($"The JPEG uses frame type SOF{marker - 0xC0} (lossless, hierarchical or arithmetic coding), which PDF readers cannot decode.", "data");
                if (segment.Length < 6)
                    throw Malformed("its frame header is too short");
                int precision = segment[0];
                if (precision != 8)
                    throw new ArgumentException($"The JPEG has {precision}-bit samples; PDF supports only 8-bit JPEGs.", "data");
                height = BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(1, 2));
                width = BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(3, 2));
                components = segment[5];
                if (height == 0)
                    throw new ArgumentException("The JPEG defines its height in a DNL marker, which is not supported.", "data");
                ImageEncoder.CheckSize(width, height, "JPEG");
                if (components is not (1 or 3 or 4))
                    throw new ArgumentException($"The JPEG has {components} colour components; only 1 (grey), 3 (RGB) and 4 (CMYK) are supported.", "data");
                if (segment.Length < 6 + 3 * components)
                    throw Malformed("its frame header is too short for its components");
            }
            else if (marker == 0xEE && segment.StartsWith("Adobe"u8))
            {
                adobe = true;
            }

            i += 2 + length;
        }

        var colorSpace = components switch { 1 => "DeviceGray", 3 => "DeviceRGB", _ => "DeviceCMYK" };
        // Photoshop writes CMYK JPEGs inverted and marks them with the Adobe APP14 segment.
        return new EncodedImage(width, height, colorSpace, null, 8, "DCTDecode", null, adobe && components == 4, data.ToArray(), null);
    }

    private static ArgumentException Malformed(string why) => new($"The JPEG is malformed: {why}.", "data");
}
