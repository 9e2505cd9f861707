using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf.Fonts;

/// <summary>
/// The ToUnicode CMap of an embedded subset (PDF 32000-1, 9.10.3): which characters each CID stands for,
/// so that copying, searching and screen readers get the text back exactly.
/// </summary>
internal static class ToUnicodeCMap
{
    // bfchar blocks may hold at most 100 entries (Adobe Technical Note #5411).
    private const int BlockSize = 100;

    /// <summary>
    /// The CMap program for a subset; <paramref name="textOf"/> maps CIDs to the characters each stands for
    /// (several for a ligature).
    /// </summary>
    public static ReadOnlySpan<byte> Build(IReadOnlyDictionary<int, string> textOf)
    {
        var o = new PdfBuffer(256 + textOf.Count * 24);
        o.Ascii("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n")
            .Ascii("/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Ascii("1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        var mapped = new List<(int Cid, string Text)>(textOf.Count);
        foreach (var (cid, text) in textOf)
            mapped.Add((cid, text));
        mapped.Sort((a, b) => a.Cid.CompareTo(b.Cid));
        for (var start = 0; start < mapped.Count; start += BlockSize)
        {
            var block = Math.Min(BlockSize, mapped.Count - start);
            o.Int(block).Ascii(" beginbfchar\n");
            for (var i = start; i < start + block; i++)
            {
                var (cid, text) = mapped[i];
                o.Byte((byte)'<').Hex4(cid).Ascii("><");
                // UTF-16BE, surrogate pairs as they are (9.10.3).
                foreach (var unit in text)
                    o.Hex4(unit);
                o.Ascii(">\n");
            }
            o.Ascii("endbfchar\n");
        }
        o.Ascii("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
        return o.Written;
    }
}
