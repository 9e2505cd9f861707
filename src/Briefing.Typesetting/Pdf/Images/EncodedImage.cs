namespace Briefing.Typesetting.Pdf.Images;

/// <summary>
/// What a PDF image XObject needs: its dictionary entries and its stream bytes, already encoded with
/// <see cref="Filter"/>. When <see cref="Palette"/> is set the colour space is
/// <c>[/Indexed /DeviceRGB hival palette]</c> with hival = Palette.Length / 3 - 1.
/// </summary>
/// <param name="Width">Pixel width (/Width).</param>
/// <param name="Height">Pixel height (/Height).</param>
/// <param name="ColorSpace">"DeviceGray", "DeviceRGB" or "DeviceCMYK"; the base space when indexed.</param>
/// <param name="Palette">RGB triples of an indexed image, or null.</param>
/// <param name="BitsPerComponent">/BitsPerComponent: 1, 2, 4, 8 or 16.</param>
/// <param name="Filter">"DCTDecode" or "FlateDecode".</param>
/// <param name="DecodeParms">A ready /DecodeParms dictionary (a PNG predictor) or null.</param>
/// <param name="InvertedCmyk">Adobe CMYK JPEG: write /Decode [1 0 1 0 1 0 1 0].</param>
/// <param name="Data">The stream's bytes; FlateDecode data is zlib format with its Adler-32.</param>
/// <param name="SoftMask">An 8-bit DeviceGray FlateDecode alpha image of the same size, or null.</param>
internal sealed record EncodedImage(
    int Width,
    int Height,
    string ColorSpace,
    byte[]? Palette,
    int BitsPerComponent,
    string Filter,
    string? DecodeParms,
    bool InvertedCmyk,
    byte[] Data,
    EncodedImage? SoftMask);
