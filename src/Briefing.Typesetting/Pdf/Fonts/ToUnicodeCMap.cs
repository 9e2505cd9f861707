using Briefing.Typesetting.Fonts.Subsetting;
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
    /// The CMap program for <paramref name="subset"/>; <paramref name="codePointOf"/> maps original glyph ids to
    /// characters, and <paramref name="sharing"/> lists the characters that share a glyph with an earlier one,
    /// whose CIDs follow the subset's glyphs in that order.
    /// </summary>
    public static ReadOnlySpan<byte> Build(FontSubset subset, IReadOnlyDictionary<int, int> codePointOf, IReadOnlyList<(int CodePoint, int Glyph)> sharing)
    {
        var o = new PdfBuffer(256 + subset.Count * 24);
        o.Ascii("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n")
            .Ascii("/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Ascii("1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        var mapped = new List<(int Cid, int CodePoint)>(subset.Count);
        for (var cid = 1; cid < subset.Count; cid++)
        {
            if (codePointOf.TryGetValue(subset.OriginalGlyphId(cid), out var cp))
                mapped.Add((cid, cp));
        }
        for (var k = 0; k < sharing.Count; k++)
            mapped.Add((subset.Count + k, sharing[k].CodePoint));
        for (var start = 0; start < mapped.Count; start += BlockSize)
        {
            var count = Math.Min(BlockSize, mapped.Count - start);
            o.Int(count).Ascii(" beginbfchar\n");
            for (var i = start; i < start + count; i++)
            {
                var (cid, cp) = mapped[i];
                o.Byte((byte)'<').Hex4(cid).Ascii("><");
                if (cp > 0xFFFF)
                {
                    var s = char.ConvertFromUtf32(cp);
                    o.Hex4(s[0]).Hex4(s[1]);
                }
                else
                {
                    o.Hex4(cp);
                }
                o.Ascii(">\n");
            }
            o.Ascii("endbfchar\n");
        }
        o.Ascii("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
        return o.Written;
    }
}
