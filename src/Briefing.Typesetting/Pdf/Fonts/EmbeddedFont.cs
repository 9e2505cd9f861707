using System.Security.Cryptography;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Fonts.Subsetting;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf.Fonts;

/// <summary>
/// One face as one document embeds it: a Type 0 font with Identity-H encoding over a CIDFontType2 whose
/// CIDs are the glyph ids of our own subset (so CIDToGIDMap is /Identity), with widths and a ToUnicode map
/// for copy and paste. When two characters drawn share a glyph (fonts draw U+00A0 and U+202F with the
/// space's glyph), each later one gets a CID of its own past the subset's glyphs, mapped to the shared
/// glyph by a CIDToGIDMap stream, so the ToUnicode map gives every character back as it was written. Used in two passes: <see cref="Use"/> for every character drawn, then
/// <see cref="Seal"/> subsets the font, after which <see cref="Show"/> writes text as CIDs.
/// </summary>
internal sealed class EmbeddedFont
{
    private readonly TrueTypeFace _face;
    private readonly Dictionary<int, int> _glyphOf = [];
    private readonly Dictionary<int, int> _firstCodePointOf = [];
    private Dictionary<int, int>? _cidOf;
    private FontSubset? _subset;
    private List<(int CodePoint, int Glyph)> _sharing = [];
    private Task<(byte[] FontFile, byte[] ToUnicode, byte[]? CidToGid)>? _compressed;

    public EmbeddedFont(TrueTypeFace face, string resourceName, int objectNumber)
    {
        _face = face;
        ResourceName = resourceName;
        ObjectNumber = objectNumber;
    }

    /// <summary>The name pages use for it in their resources, e.g. <c>F1</c>.</summary>
    public string ResourceName { get; }

    /// <summary>The number of its Type 0 font object.</summary>
    public int ObjectNumber { get; }

    /// <summary>Records the characters of <paramref name="text"/> as drawn with this font.</summary>
    public void Use(string text)
    {
        if (_subset is not null)
            throw new InvalidOperationException("The font is already subset.");
        for (var i = 0; i < text.Length; i++)
        {
            var cp = CodePointAt(text, ref i);
            if (_glyphOf.ContainsKey(cp))
                continue;
            var glyph = _face.GlyphId(cp);
            _glyphOf.Add(cp, glyph);
            // Two characters may share a glyph; a ToUnicode entry can name only one, the first one seen.
            _firstCodePointOf.TryAdd(glyph, cp);
        }
    }

    /// <summary>
    /// Makes the subset of every glyph used, so text can be encoded from now on, and starts compressing
    /// the font program and its ToUnicode map on the thread pool. Compressing fonts is the largest single
    /// cost of a Korean document (about a millisecond at zlib level 6); done beside the pages' content
    /// streams it costs no time on a machine with a spare core, and the output does not depend on timing.
    /// </summary>
    public void Seal()
    {
        var glyphs = new int[_glyphOf.Count];
        var n = 0;
        foreach (var glyph in _glyphOf.Values)
            glyphs[n++] = glyph;
        var subset = _face.Program.Subset(glyphs);
        _cidOf = new Dictionary<int, int>(_glyphOf.Count);
        var sharing = new List<(int CodePoint, int Glyph)>();
        foreach (var (cp, glyph) in _glyphOf)
        {
            // The first character of a glyph keeps CID = glyph id; a later one (in drawing order, so the
            // same text gives the same CIDs) gets the next CID past the subset. Missing glyphs stay CID 0.
            if (glyph != 0 && _firstCodePointOf[glyph] != cp)
            {
                _cidOf.Add(cp, subset.Count + sharing.Count);
                sharing.Add((cp, subset.NewGlyphId(glyph)));
            }
            else
            {
                _cidOf.Add(cp, subset.NewGlyphId(glyph));
            }
        }

        _subset = subset;
        _sharing = sharing;
        var codePoints = _firstCodePointOf;
        _compressed = Task.Run(() => (
            Zlib.Compress(subset.Data),
            Zlib.Compress(ToUnicodeCMap.Build(subset, codePoints, sharing)),
            sharing.Count == 0 ? null : Zlib.Compress(CidToGidMap(subset.Count, sharing))));
    }

    /// <summary>
    /// Writes the operator that shows <paramref name="text"/>, four hex digits per character (its CID):
    /// <c>&lt;…&gt;Tj</c>, or with <paramref name="wordSpacing"/> (extra points after each space that has text
    /// after it) <c>[&lt;…&gt;-250&lt;…&gt;]TJ</c>. PDF's own word spacing (<c>Tw</c>) applies only to the
    /// single-byte code 32, never to a CID font's two-byte codes, so the gaps are written as TJ offsets.
    /// </summary>
    public void Show(string text, double fontSize, double wordSpacing, PdfBuffer output)
    {
        var cids = _cidOf ?? throw new InvalidOperationException("The font is not subset yet.");
        var spaced = wordSpacing != 0 && fontSize > 0;
        // A TJ number is in thousandths of the font size, and a negative one moves the pen forward.
        var offset = spaced ? -wordSpacing * 1000 / fontSize : 0;
        output.Ascii(spaced ? "[<" : "<");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var cp = CodePointAt(text, ref i);
            output.Hex4(cids.TryGetValue(cp, out var cid) ? cid : 0);
            if (spaced && i + 1 < text.Length && Drawing.TextRun.Stretches(c))
                output.Byte((byte)'>').Real(offset).Byte((byte)'<');
        }
        output.Ascii(spaced ? ">]TJ\n" : ">Tj\n");
    }

    /// <summary>Writes the font's objects: Type 0 font, CID font, descriptor, font file and ToUnicode map.</summary>
    public void WriteObjects(PdfFileWriter file)
    {
        var subset = _subset ?? throw new InvalidOperationException("The font is not subset yet.");
        var (compressedFont, compressedToUnicode, compressedCidToGid) = _compressed!.GetAwaiter().GetResult();
        var program = _face.Program;
        var cidFont = file.Reserve();
        var descriptor = file.Reserve();
        var fontFile = file.Reserve();
        var toUnicode = file.Reserve();
        var cidToGid = compressedCidToGid is null ? 0 : file.Reserve();
        var baseFont = SubsetTag(subset) + "+" + program.PostScriptName;
        var scale = 1000.0 / program.UnitsPerEm;

        file.Begin(ObjectNumber).Ascii("<</Type/Font/Subtype/Type0/BaseFont").Name(baseFont)
            .Ascii("/Encoding/Identity-H/DescendantFonts[").Ref(cidFont).Ascii("]/ToUnicode ").Ref(toUnicode).Ascii(">>");
        file.End();

        var o = file.Begin(cidFont).Ascii("<</Type/Font/Subtype/CIDFontType2/BaseFont").Name(baseFont)
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Ref(descriptor)
            .Ascii("/CIDToGIDMap");
        if (compressedCidToGid is null)
            o.Ascii("/Identity");
        else
            o.Space().Ref(cidToGid);
        o.Ascii("/DW ").Real(Width(program, 0, scale)).Ascii("/W[0[");
        for (var cid = 0; cid < subset.Count; cid++)
        {
            if (cid > 0)
                o.Space();
            o.Real(Width(program, subset.OriginalGlyphId(cid), scale));
        }
        foreach (var (_, glyph) in _sharing)
            o.Space().Real(Width(program, subset.OriginalGlyphId(glyph), scale));
        o.Ascii("]]>>");
        file.End();

        // Flags: symbolic (its glyphs lie outside the standard Latin set, as every CID font's do), plus
        // fixed pitch and italic when the font says so (PDF 32000-1, 9.8.2).
        var flags = 4 | (program.IsFixedPitch ? 1 : 0) | (_face.Italic ? 64 : 0);
        file.Begin(descriptor).Ascii("<</Type/FontDescriptor/FontName").Name(baseFont).Ascii("/Flags ").Int(flags)
            .Ascii("/FontBBox[").Int(Scaled(program.XMin, scale)).Space().Int(Scaled(program.YMin, scale)).Space()
            .Int(Scaled(program.XMax, scale)).Space().Int(Scaled(program.YMax, scale))
            .Ascii("]/ItalicAngle ").Real(program.ItalicAngle)
            .Ascii("/Ascent ").Int(Scaled(program.Ascender, scale)).Ascii("/Descent ").Int(Scaled(program.Descender, scale))
            .Ascii("/CapHeight ").Int(Scaled(program.CapHeight, scale))
            // StemV is required but unknowable from a TrueType file; a value by weight is what others write.
            .Ascii("/StemV ").Int(program.Weight >= 600 ? 120 : 80)
            .Ascii("/FontFile2 ").Ref(fontFile).Ascii(">>");
        file.End();

        file.CompressedStream(fontFile, compressedFont, "/Length1 " + subset.Data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        file.CompressedStream(toUnicode, compressedToUnicode, "");
        if (compressedCidToGid is not null)
            file.CompressedStream(cidToGid, compressedCidToGid, "");
    }

    // CIDToGIDMap (PDF 32000-1, 9.7.4.2): two bytes, big-endian, per CID: the subset's own glyphs map to
    // themselves, the shared characters' CIDs to their glyph.
    private static byte[] CidToGidMap(int glyphCount, List<(int CodePoint, int Glyph)> sharing)
    {
        var map = new byte[(glyphCount + sharing.Count) * 2];
        for (var cid = 0; cid < glyphCount; cid++)
        {
            map[2 * cid] = (byte)(cid >> 8);
            map[2 * cid + 1] = (byte)cid;
        }

        for (var k = 0; k < sharing.Count; k++)
        {
            var cid = glyphCount + k;
            map[2 * cid] = (byte)(sharing[k].Glyph >> 8);
            map[2 * cid + 1] = (byte)sharing[k].Glyph;
        }

        return map;
    }

    // Not rounded to whole units: a font with 1,024 units per em (NanumMyeongjo) would otherwise drift from
    // the layout's measurements by up to half a unit per glyph along a line.
    private static double Width(FontProgram program, int glyph, double scale) => program.AdvanceWidth(glyph) * scale;

    private static int Scaled(double value, double scale) => (int)Math.Round(value * scale, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Six capital letters that name this subset (PDF 32000-1, 9.6.4), derived from the glyphs it holds so
    /// that the same text gives the same tag and different subsets of one font get different tags.
    /// </summary>
    private string SubsetTag(FontSubset subset)
    {
        var ids = new byte[subset.Count * 2 + _face.Program.PostScriptName.Length];
        for (var i = 0; i < subset.Count; i++)
        {
            var g = subset.OriginalGlyphId(i);
            ids[2 * i] = (byte)(g >> 8);
            ids[2 * i + 1] = (byte)g;
        }
        for (var i = 0; i < _face.Program.PostScriptName.Length; i++)
            ids[subset.Count * 2 + i] = (byte)_face.Program.PostScriptName[i];
        var hash = SHA256.HashData(ids);
        Span<char> tag = stackalloc char[6];
        for (var i = 0; i < 6; i++)
            tag[i] = (char)('A' + hash[i] % 26);
        return new string(tag);
    }

    private static int CodePointAt(string text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return char.ConvertToUtf32(c, text[i]);
        }
        return c;
    }
}
