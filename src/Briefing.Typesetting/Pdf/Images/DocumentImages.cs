using System.Globalization;
using System.Runtime.InteropServices;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf.Images;

/// <summary>
/// The image XObjects of one document. An image drawn several times (a logo on every page) is written once:
/// images are recognised by the memory that holds their bytes.
/// </summary>
internal sealed class DocumentImages
{
    private readonly PdfFileWriter _file;
    private readonly bool _archival;
    private readonly Dictionary<(byte[] Array, int Offset, int Length), (string Name, int Object)> _written = [];
    private int _count;

    /// <summary>The images of a document written to <paramref name="file"/>; <paramref name="flattenAlpha"/> for PDF/A-1.</summary>
    public DocumentImages(PdfFileWriter file, bool flattenAlpha)
    {
        _file = file;
        _archival = flattenAlpha;
    }

    /// <summary>The resource name and object number of an image, writing it on first use.</summary>
    public (string Name, int Object) For(ReadOnlyMemory<byte> data)
    {
        var array = MemoryMarshal.TryGetArray(data, out var segment) && segment.Array is not null ? segment.Array : data.ToArray();
        var key = (array, segment.Offset, data.Length);
        if (_written.TryGetValue(key, out var known))
            return known;
        var image = ImageEncoder.Encode(data.Span, _archival);
        var number = Write(image);
        var entry = ("Im" + (++_count).ToString(CultureInfo.InvariantCulture), number);
        _written.Add(key, entry);
        return entry;
    }

    private int Write(EncodedImage image)
    {
        var mask = image.SoftMask is { } softMask ? Write(softMask) : 0;
        var number = _file.Reserve();
        var d = new PdfBuffer(256);
        d.Ascii("/Type/XObject/Subtype/Image/Width ").Int(image.Width).Ascii("/Height ").Int(image.Height).Ascii("/ColorSpace");
        if (image.Palette is { } palette)
        {
            d.Ascii("[/Indexed/DeviceRGB ").Int(palette.Length / 3 - 1).Ascii("<");
            foreach (var b in palette)
                d.Hex2(b);
            d.Ascii(">]");
        }
        else
        {
            d.Byte((byte)'/').Ascii(image.ColorSpace);
        }
        d.Ascii("/BitsPerComponent ").Int(image.BitsPerComponent).Ascii("/Filter/").Ascii(image.Filter);
        if (image.DecodeParms is { } parms)
            d.Ascii("/DecodeParms").Ascii(parms);
        if (image.InvertedCmyk)
            d.Ascii("/Decode[1 0 1 0 1 0 1 0]");
        if (mask != 0)
            d.Ascii("/SMask ").Ref(mask);
        _file.Stream(number, image.Data, System.Text.Encoding.ASCII.GetString(d.Written));
        return number;
    }
}
