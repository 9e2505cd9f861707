using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Fonts.Shaping;
using Briefing.Typesetting.Fonts.Subsetting;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf.Fonts;

/// <summary>
/// One face as one document embeds it: a Type 0 font with Identity-H encoding over a CIDFontType2 (TrueType
/// outlines) or CIDFontType0 (CFF outlines, a bare CFF program in FontFile3 /CIDFontType0C) whose CIDs are
/// the glyph ids of the subset (so CIDToGIDMap is /Identity where it applies), with widths and a ToUnicode map
/// for copy and paste. Used in two passes: <see cref="Use"/> for every run drawn, then <see cref="Seal"/>
/// subsets the font, after which <see cref="Show"/> writes the runs' shaped glyphs as CIDs.
/// </summary>
/// <remarks>
/// The ToUnicode map gives each glyph the characters it was first seen drawing on its own (a ligature "fi"
/// gives back "f" and "i"). A run whose glyphs would not read back as its text that way (a glyph that draws
/// two different characters, such as the space and the no-break space, or a cluster of several glyphs) is
/// wrapped in a marked-content span with /ActualText, so the text still reads back exactly. One case is
/// common enough to deserve better than ActualText, which poppler and PdfPig ignore: a TrueType glyph drawn
/// alone for two different characters (NanumGothic draws U+0020, U+00A0 and U+202F with one glyph, and French
/// needs the last two). Each later character gets a CID of its own past the subset's glyphs (a "twin"), mapped
/// to the shared glyph by a CIDToGIDMap stream, so the ToUnicode map gives every character back as written.
/// </remarks>
internal sealed class EmbeddedFont
{
    private readonly TrueTypeFace _face;
    // Original glyph id -> the characters it stands for, and whether they came from a cluster of that glyph
    // alone (a sure mapping) or only from the first glyph of a larger cluster (kept until a sure one comes).
    private readonly Dictionary<int, (string Text, bool Sure)> _textOf = [];
    // Twins: (glyph, characters) pairs that differ from the glyph's own characters, in drawing order so the
    // same text gives the same CIDs; after Seal, each one's CID.
    private readonly List<(int Glyph, string Text)> _twins = [];
    private readonly Dictionary<(int Glyph, string Text), int> _twinCid = [];
    private Dictionary<int, int>? _cidOf;
    private FontSubset? _subset;
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

    /// <summary>Records the glyphs of <paramref name="run"/> and the characters each stands for.</summary>
    public void Use(TextRun run)
    {
        if (_subset is not null)
            throw new InvalidOperationException("The font is already subset.");
        var (memory, origin) = GlyphsOf(run);
        var glyphs = memory.Span;
        var text = run.Text;
        for (var k = 0; k < glyphs.Length;)
        {
            var cluster = glyphs[k].Cluster - origin;
            var end = k + 1;
            while (end < glyphs.Length && glyphs[end].Cluster - origin == cluster)
                end++;
            var next = end < glyphs.Length ? glyphs[end].Cluster - origin : text.Length;
            var sure = end - k == 1;
            for (var j = k; j < end; j++)
            {
                var glyph = glyphs[j].GlyphId;
                // The characters are cut out of the text only when they are kept (once per glyph, not per use).
                if (!_textOf.TryGetValue(glyph, out var known))
                    _textOf.Add(glyph, j == k && next > cluster ? (text[cluster..next], sure) : ("", false));
                else if (!known.Sure && sure && next > cluster)
                    _textOf[glyph] = (text[cluster..next], true);
                else if (known.Sure && sure && glyph != 0 && !_face.Program.IsCff && next > cluster
                    && !text.AsSpan(cluster, next - cluster).SequenceEqual(known.Text) && !_twinCid.ContainsKey((glyph, text[cluster..next])))
                {
                    // CFF fonts have no CIDToGIDMap (a CID-keyed one maps CIDs itself): they keep ActualText.
                    var twin = (glyph, text[cluster..next]);
                    _twins.Add(twin);
                    _twinCid.Add(twin, 0);
                }
            }
            k = end;
        }
    }

    /// <summary>
    /// Makes the subset of every glyph used, so text can be encoded from now on, and starts compressing
    /// the font program and its ToUnicode map on the thread pool. Compressing fonts is the largest single
    /// cost of a Korean document (about a millisecond at zlib level 6); done beside the pages' content
    /// streams it costs no time on a machine with a spare core, and the output does not depend on timing.
    /// </summary>
    public void Seal(DeflaterPool deflaters)
    {
        var glyphs = new int[_textOf.Count];
        var n = 0;
        foreach (var glyph in _textOf.Keys)
            glyphs[n++] = glyph;
        var subset = _face.Program.Subset(glyphs);
        _cidOf = new Dictionary<int, int>(_textOf.Count);
        var textOfCid = new Dictionary<int, string>(_textOf.Count);
        foreach (var (glyph, (text, _)) in _textOf)
        {
            var cid = subset.Cid(subset.NewGlyphId(glyph));
            _cidOf.Add(glyph, cid);
            if (text.Length > 0 && cid != 0)
                textOfCid.Add(cid, text);
        }
        for (var k = 0; k < _twins.Count; k++)
        {
            var cid = subset.Count + k;
            _twinCid[_twins[k]] = cid;
            textOfCid.Add(cid, _twins[k].Text);
        }
        _subset = subset;
        var twinGlyphs = _twins.Select(t => subset.NewGlyphId(t.Glyph)).ToArray();
        _compressed = Task.Run(() => (
            deflaters.Compress(subset.Data),
            deflaters.Compress(ToUnicodeCMap.Build(textOfCid)),
            twinGlyphs.Length == 0 ? null : deflaters.Compress(CidToGidMap(subset.Count, twinGlyphs))));
    }

    /// <summary>
    /// Writes the operator that shows a run's glyphs, four hex digits per glyph (its CID): <c>&lt;…&gt;Tj</c>
    /// when every glyph sits at its plain advance, else <c>[&lt;…&gt;-12.5&lt;…&gt;]TJ</c> with the offsets that
    /// put each glyph where the shaper placed it (kerning) and, with <paramref name="wordSpacing"/>, the extra
    /// room after each space that has text after it. PDF's own word spacing (<c>Tw</c>) applies only to the
    /// single-byte code 32, never to a CID font's two-byte codes, so the gaps are offsets too.
    /// </summary>
    public void Show(TextRun run, double fontSize, double wordSpacing, PdfBuffer output)
    {
        var cids = _cidOf ?? throw new InvalidOperationException("The font is not subset yet.");
        var (memory, origin) = GlyphsOf(run);
        var glyphs = memory.Span;
        var text = run.Text;
        var actualText = !ReadsBack(glyphs, origin, text, cids);
        if (actualText)
            output.Ascii("\n/Span<</ActualText").Text(text).Ascii(">>BDC\n");

        var program = _face.Program;
        var perUnit = 1000.0 / program.UnitsPerEm;
        // Extra room after a space, in thousandths of the font size (text space units).
        var extra = wordSpacing != 0 && fontSize > 0 ? wordSpacing * 1000 / fontSize : 0;
        var adjusted = extra != 0 || NeedsOffsets(glyphs, program, perUnit);
        output.Ascii(adjusted ? "[<" : "<");
        // pdfPen: where the PDF's pen is after the glyphs written so far; pen: where the shaper's is.
        double pdfPen = 0, pen = 0;
        var raised = false;
        for (var k = 0; k < glyphs.Length; k++)
        {
            var glyph = glyphs[k];
            // Offsets are read in em only where there are any: each read divides by the units per em.
            var rise = glyph.YOffsetUnits == 0 ? 0 : glyph.YOffset * fontSize;
            if (rise != 0 || raised)
            {
                // A mark drawn above or below the baseline: PDF moves glyphs vertically only with a text rise.
                output.Ascii(">]TJ ").Real(rise).Ascii(" Ts[<");
                raised = rise != 0;
            }
            var target = glyph.XOffsetUnits == 0 ? pen : pen + glyph.XOffset * 1000;
            if (adjusted && Math.Abs(pdfPen - target) >= 0.0005)
                output.Byte((byte)'>').Real(pdfPen - target).Byte((byte)'<');
            pdfPen = target;
            output.Hex4(Resolve(glyphs, origin, k, text, cids).Cid);
            pdfPen += program.AdvanceWidth(glyph.GlyphId) * perUnit;
            pen += glyph.Advance * 1000;
            if (extra != 0 && k + 1 < glyphs.Length && glyph.Cluster - origin < text.Length && TextRun.Stretches(text[glyph.Cluster - origin])
                && glyphs[k + 1].Cluster != glyph.Cluster)
                pen += extra;
        }
        output.Ascii(adjusted ? ">]TJ\n" : ">Tj\n");
        if (raised)
            output.Ascii("0 Ts\n");
        if (actualText)
            output.Ascii("EMC\n");
    }

    /// <summary>
    /// Writes the font's objects: Type 0 font, CID font, descriptor, font file and ToUnicode map, and with
    /// <paramref name="withCidSet"/> a CIDSet (which PDF/A-1 asks of subset fonts, compressed with <paramref name="deflaters"/>).
    /// </summary>
    public void WriteObjects(PdfFileWriter file, bool withCidSet, DeflaterPool deflaters)
    {
        var subset = _subset ?? throw new InvalidOperationException("The font is not subset yet.");
        var (compressedFont, compressedToUnicode, compressedCidToGid) = _compressed!.GetAwaiter().GetResult();
        var program = _face.Program;
        var cidFont = file.Reserve();
        var descriptor = file.Reserve();
        var fontFile = file.Reserve();
        var toUnicode = file.Reserve();
        var cidSet = withCidSet ? file.Reserve() : 0;
        var cidToGid = compressedCidToGid is null ? 0 : file.Reserve();
        var baseFont = SubsetTag(subset) + "+" + program.PostScriptName;
        var scale = 1000.0 / program.UnitsPerEm;

        file.Begin(ObjectNumber).Ascii("<</Type/Font/Subtype/Type0/BaseFont").Name(baseFont)
            .Ascii("/Encoding/Identity-H/DescendantFonts[").Ref(cidFont).Ascii("]/ToUnicode ").Ref(toUnicode).Ascii(">>");
        file.End();

        // CFF outlines make a CIDFontType0 whose CIDs are the subset's glyph ids (a CFF that is not CID-keyed
        // is addressed by glyph id); TrueType outlines a CIDFontType2 with the identity CID-to-glyph map.
        var o = file.Begin(cidFont).Ascii(program.IsCff ? "<</Type/Font/Subtype/CIDFontType0/BaseFont" : "<</Type/Font/Subtype/CIDFontType2/BaseFont").Name(baseFont)
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Ref(descriptor)
            .Ascii(program.IsCff ? "" : cidToGid == 0 ? "/CIDToGIDMap/Identity" : "/CIDToGIDMap ");
        if (cidToGid != 0)
            o.Ref(cidToGid);
        o.Ascii("/DW ").Real(Width(program, 0, scale)).Ascii("/W[");
        if (subset.CidKeyed)
        {
            // A CID-keyed CFF keeps the original CIDs, scattered: one entry per glyph, in CID order.
            var byCid = new SortedDictionary<int, int>();
            for (var g = 0; g < subset.Count; g++)
                byCid[subset.Cid(g)] = subset.OriginalGlyphId(g);
            foreach (var (cid, original) in byCid)
                o.Int(cid).Byte((byte)'[').Real(Width(program, original, scale)).Byte((byte)']');
        }
        else
        {
            o.Ascii("0[");
            for (var cid = 0; cid < subset.Count; cid++)
            {
                if (cid > 0)
                    o.Space();
                o.Real(Width(program, subset.OriginalGlyphId(cid), scale));
            }
            foreach (var (glyph, _) in _twins)
                o.Space().Real(Width(program, glyph, scale));
            o.Byte((byte)']');
        }
        o.Ascii("]>>");
        file.End();

        // Flags: symbolic (its glyphs lie outside the standard Latin set, as every CID font's do), plus
        // fixed pitch and italic when the font says so (PDF 32000-1, 9.8.2).
        var flags = 4 | (program.IsFixedPitch ? 1 : 0) | (_face.Italic ? 64 : 0);
        o = file.Begin(descriptor).Ascii("<</Type/FontDescriptor/FontName").Name(baseFont).Ascii("/Flags ").Int(flags)
            .Ascii("/FontBBox[").Int(Scaled(program.XMin, scale)).Space().Int(Scaled(program.YMin, scale)).Space()
            .Int(Scaled(program.XMax, scale)).Space().Int(Scaled(program.YMax, scale))
            .Ascii("]/ItalicAngle ").Real(program.ItalicAngle)
            .Ascii("/Ascent ").Int(Scaled(program.Ascender, scale)).Ascii("/Descent ").Int(Scaled(program.Descender, scale))
            .Ascii("/CapHeight ").Int(Scaled(program.CapHeight, scale))
            // StemV is required but unknowable from a TrueType file; a value by weight is what others write.
            .Ascii("/StemV ").Int(program.Weight >= 600 ? 120 : 80)
            .Ascii(program.IsCff ? "/FontFile3 " : "/FontFile2 ").Ref(fontFile);
        if (cidSet != 0)
            o.Ascii("/CIDSet ").Ref(cidSet);
        o.Ascii(">>");
        file.End();

        file.CompressedStream(fontFile, compressedFont, program.IsCff
            ? "/Subtype/CIDFontType0C"
            : "/Length1 " + subset.Data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        file.CompressedStream(toUnicode, compressedToUnicode, "");
        if (compressedCidToGid is not null)
            file.CompressedStream(cidToGid, compressedCidToGid, "");
        if (cidSet != 0)
        {
            // The CIDs the program holds: the subset's glyph ids 0 to Count - 1, or a CID-keyed CFF's own CIDs.
            var cids = Enumerable.Range(0, subset.Count).Select(subset.Cid).Concat(Enumerable.Range(subset.Count, _twins.Count));
            file.CompressedStream(cidSet, deflaters.Compress(CidSet.Build(cids)), "");
        }
    }

    // CIDToGIDMap (PDF 32000-1, 9.7.4.2): two bytes, big-endian, per CID: the subset's glyphs map to
    // themselves, the twins' CIDs to the glyph they share.
    private static byte[] CidToGidMap(int glyphCount, int[] twinGlyphs)
    {
        var map = new byte[(glyphCount + twinGlyphs.Length) * 2];
        for (var cid = 0; cid < glyphCount + twinGlyphs.Length; cid++)
        {
            var glyph = cid < glyphCount ? cid : twinGlyphs[cid - glyphCount];
            map[2 * cid] = (byte)(glyph >> 8);
            map[2 * cid + 1] = (byte)glyph;
        }
        return map;
    }

    /// <summary>
    /// The CID that draws glyph <paramref name="k"/> of a run and the characters the ToUnicode map gives back
    /// for it: a twin's when the glyph stands alone for characters other than its own, else the glyph's.
    /// <paramref name="origin"/> is the cluster index of <c>text[0]</c>.
    /// </summary>
    private (int Cid, string Text) Resolve(ReadOnlySpan<ShapedGlyph> glyphs, int origin, int k, string text, Dictionary<int, int> cids)
    {
        var glyph = glyphs[k];
        var own = _textOf.TryGetValue(glyph.GlyphId, out var mapped) ? mapped.Text : "";
        if (_twins.Count > 0 && (k == 0 || glyphs[k - 1].Cluster != glyph.Cluster))
        {
            var cluster = glyph.Cluster - origin;
            var next = k + 1 < glyphs.Length ? glyphs[k + 1].Cluster - origin : text.Length;
            if (next > cluster && !text.AsSpan(cluster, next - cluster).SequenceEqual(own)
                && _twinCid.TryGetValue((glyph.GlyphId, text[cluster..next]), out var twin) && twin != 0)
                return (twin, _twins[twin - _subset!.Count].Text);
        }
        return (cids.TryGetValue(glyph.GlyphId, out var found) ? found : 0, own);
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
        var hash = Sha256.HashData(ids);
        Span<char> tag = stackalloc char[6];
        for (var i = 0; i < 6; i++)
            tag[i] = (char)('A' + hash[i] % 26);
        return new string(tag);
    }

    /// <summary>
    /// The run's shaped glyphs, or for a run that was not shaped (its face is a stand-in) each character's own
    /// glyph at its plain advance; with the cluster index that stands for the run's first character.
    /// </summary>
    private (ReadOnlyMemory<ShapedGlyph> Glyphs, int Origin) GlyphsOf(TextRun run)
    {
        if (!run.Glyphs.IsEmpty || run.Text.Length == 0)
            return (run.Glyphs, run.ClusterStart);
        var text = run.Text;
        var glyphs = new List<ShapedGlyph>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            var cp = CodePointAt(text, ref i);
            glyphs.Add(_face.PlainGlyph(cp, start));
        }
        return (glyphs.ToArray(), 0);
    }

    /// <summary>Whether the glyphs' ToUnicode entries, in order, spell exactly <paramref name="text"/>.</summary>
    private bool ReadsBack(ReadOnlySpan<ShapedGlyph> glyphs, int origin, string text, Dictionary<int, int> cids)
    {
        var at = 0;
        for (var k = 0; k < glyphs.Length; k++)
        {
            var (cid, mapped) = Resolve(glyphs, origin, k, text, cids);
            if (mapped.Length == 0 || cid == 0 || !text.AsSpan(at).StartsWith(mapped, StringComparison.Ordinal))
                return false;
            at += mapped.Length;
        }
        return at == text.Length;
    }

    /// <summary>Whether any glyph sits elsewhere than the previous glyph's plain advance (kerning, a mark), or off the baseline.</summary>
    private static bool NeedsOffsets(ReadOnlySpan<ShapedGlyph> glyphs, FontProgram program, double perUnit)
    {
        foreach (var glyph in glyphs)
        {
            // A raised or lowered mark needs the TJ form too: its text rise closes and reopens the array.
            if (glyph.XOffsetUnits != 0 || glyph.YOffsetUnits != 0 || Math.Abs(glyph.Advance * 1000 - program.AdvanceWidth(glyph.GlyphId) * perUnit) >= 0.0005)
                return true;
        }
        return false;
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
