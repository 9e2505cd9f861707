namespace Briefing.Typesetting.Pdf.Images;

/// <summary>Passes a JPEG through as DCTDecode after checking its frame header (see <see cref="JpegFrame"/>).</summary>
internal static class JpegEncoder
{
    public static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public static EncodedImage Encode(ReadOnlySpan<byte> data)
    {
        var frame = JpegFrame.Read(data);
        if (!frame.HasScan)
            throw new ArgumentException("The JPEG is malformed: it ends before its scan.", nameof(data));
        // Only Huffman baseline, extended and progressive are what PDF readers' DCT decoders handle.
        if (frame.Marker is not (0xC0 or 0xC1 or 0xC2))
            throw new ArgumentException($"The JPEG uses frame type SOF{frame.Marker - 0xC0} (lossless, hierarchical or arithmetic coding), which PDF readers cannot decode.", nameof(data));
        if (frame.Precision != 8)
            throw new ArgumentException($"The JPEG has {frame.Precision}-bit samples; PDF supports only 8-bit JPEGs.", nameof(data));
        if (frame.Height == 0)
            throw new ArgumentException("The JPEG defines its height in a DNL marker, which is not supported.", nameof(data));
        ImageEncoder.CheckSize(frame.Width, frame.Height, "JPEG");
        if (frame.Components is not (1 or 3 or 4))
            throw new ArgumentException($"The JPEG has {frame.Components} colour components; only 1 (grey), 3 (RGB) and 4 (CMYK) are supported.", nameof(data));

        var colorSpace = frame.Components switch { 1 => "DeviceGray", 3 => "DeviceRGB", _ => "DeviceCMYK" };
        // Photoshop writes CMYK JPEGs inverted and marks them with the Adobe APP14 segment.
        return new EncodedImage(frame.Width, frame.Height, colorSpace, null, 8, "DCTDecode", null, frame.Adobe && frame.Components == 4, data.ToArray(), null);
    }
}
