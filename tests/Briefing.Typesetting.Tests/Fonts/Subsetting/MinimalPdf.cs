using System.Text;

namespace Briefing.Typesetting.Tests.Fonts.Subsetting;

/// <summary>
/// Writes a one-page PDF that shows glyphs by id through an embedded TrueType file (Type0 /
/// CIDFontType2, Identity-H, CIDToGIDMap /Identity), so poppler can render a subset independently.
/// </summary>
internal static class MinimalPdf
{
    public static byte[] ShowGlyphs(byte[] fontFile, IEnumerable<int> glyphIds)
    {
        var text = new StringBuilder();
        foreach (int id in glyphIds)
            text.Append(id.ToString("X4"));
        var content = Encoding.ASCII.GetBytes($"BT /F1 28 Tf 10 40 Td <{text}> Tj ET");
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 900 100] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            Stream($"<< /Length {content.Length} >>", content),
            Ascii("<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H /DescendantFonts [6 0 R] >>"),
            Ascii("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /CIDToGIDMap /Identity /DW 1000 >>"),
            Ascii("<< /Type /FontDescriptor /FontName /Test /Flags 4 /FontBBox [0 -300 1000 1000] /ItalicAngle 0 /Ascent 900 /Descent -250 /CapHeight 700 /StemV 80 /FontFile2 8 0 R >>"),
            Stream($"<< /Length {fontFile.Length} /Length1 {fontFile.Length} >>", fontFile),
        };

        var output = new List<byte>(Ascii("%PDF-1.7\n"));
        var offsets = new List<int>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Count);
            output.AddRange(Ascii($"{i + 1} 0 obj\n"));
            output.AddRange(objects[i]);
            output.AddRange(Ascii("\nendobj\n"));
        }
        int xref = output.Count;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (int offset in offsets)
            table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.AddRange(Ascii(table.ToString()));
        return [.. output];
    }

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Ascii(dictionary + "\nstream\n"), .. data, .. Ascii("\nendstream")];

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
