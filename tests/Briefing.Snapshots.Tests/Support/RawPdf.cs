using System.Globalization;
using System.Text;

namespace Briefing.Snapshots.Tests.Support;

/// <summary>Writes a PDF from hand-written object bodies, for structures PdfPig's writer cannot make (tags, /Lang).</summary>
internal static class RawPdf
{
    /// <summary>Object i + 1 gets body <paramref name="objects"/>[i]; object 1 must be the catalog.</summary>
    public static byte[] Build(params string[] objects)
    {
        var text = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(text.ToString()));
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(text.ToString());
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:0000000000} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    /// <summary>A stream object body for the given content.</summary>
    public static string Stream(string content) =>
        string.Create(CultureInfo.InvariantCulture, $"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream");

    /// <summary>
    /// A one-page tagged PDF in Korean: /Lang ko-KR, fonts inherited from the page tree, a subset-tagged font name,
    /// the tag tree Document &gt; H1, P, P, Table(TR×2) with two TDs per row, and a link with a direct /Dest.
    /// </summary>
    public static byte[] Tagged() => Build(
        "<< /Type /Catalog /Pages 2 0 R /Lang (ko-KR) /StructTreeRoot 5 0 R /MarkInfo << /Marked true >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Font << /F1 4 0 R >> >> >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 6 0 R /Annots [18 0 R] >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Helvetica >>",
        "<< /Type /StructTreeRoot /K 7 0 R >>",
        Stream("BT /F1 12 Tf 20 150 Td (Title) Tj ET"),
        "<< /Type /StructElem /S /Document /P 5 0 R /K [8 0 R 9 0 R 10 0 R 11 0 R] >>",
        "<< /Type /StructElem /S /H1 /P 7 0 R /Pg 3 0 R /K 0 >>",
        "<< /Type /StructElem /S /P /P 7 0 R /K << /Type /MCR /Pg 3 0 R /MCID 1 >> >>",
        "<< /Type /StructElem /S /P /P 7 0 R /K [2] /Pg 3 0 R >>",
        "<< /Type /StructElem /S /Table /P 7 0 R /K [12 0 R 13 0 R] >>",
        "<< /Type /StructElem /S /TR /P 11 0 R /K [14 0 R 15 0 R] >>",
        "<< /Type /StructElem /S /TR /P 11 0 R /K [16 0 R 17 0 R] >>",
        "<< /Type /StructElem /S /TD /P 12 0 R /K 3 /Pg 3 0 R >>",
        "<< /Type /StructElem /S /TD /P 12 0 R /K 4 /Pg 3 0 R >>",
        "<< /Type /StructElem /S /TD /P 13 0 R /K 5 /Pg 3 0 R >>",
        "<< /Type /StructElem /S /TD /P 13 0 R /K 6 /Pg 3 0 R >>",
        "<< /Type /Annot /Subtype /Link /Rect [20 20 80 40] /Dest [3 0 R /XYZ 0 200 0] >>");
}
