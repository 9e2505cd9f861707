using System.Buffers.Binary;
using System.Text;
using Briefing.Typesetting.Fonts.Shaping;
using Briefing.Typesetting.Fonts.Subsetting;

namespace Briefing.Typesetting.Fonts;

/// <summary>
/// A face read from a static TrueType or CFF OpenType (.otf) file. Opening reads only the table directory and the small
/// 'head', 'hhea', 'OS/2', 'maxp' and 'name' tables (and the 'cmap' header); the character map and the
/// advances are read on the first glyph query, so a library of Korean fonts (4 MB each) loads quickly.
/// </summary>
/// <remarks>
/// Vertical metrics follow WPF's rule, which most PDF and layout engines share: the typo metrics when fsSelection's USE_TYPO_METRICS bit is set, otherwise usWinAscent/usWinDescent with
/// the line gap making up the rest of max(hhea ascender + descender + lineGap, winAscent + winDescent).
/// </remarks>
internal sealed class TrueTypeFace : IFontFace
{
    private const uint TrueTypeSignature = 0x00010000;
    private const uint AppleTrueTypeSignature = 0x74727565; // 'true'
    private const uint CffSignature = 0x4F54544F; // 'OTTO'

    private readonly Lazy<GlyphTable> _glyphs;
    private readonly Lazy<FontProgram> _program;
    private readonly Lazy<HarfBuzzShaper> _shaper;

    private TrueTypeFace(
        string filePath, int faceIndex, string familyName, int weight, bool italic, int widthClass, double ascent, double descent, double lineGap, Func<GlyphTable> loadGlyphs)
    {
        WidthClass = widthClass;
        FilePath = filePath;
        FaceIndex = faceIndex;
        FamilyName = familyName;
        Weight = weight;
        Italic = italic;
        Ascent = ascent;
        Descent = descent;
        LineGap = lineGap;
        _glyphs = new Lazy<GlyphTable>(loadGlyphs, LazyThreadSafetyMode.ExecutionAndPublication);
        _program = new Lazy<FontProgram>(() => Named(FontProgram.Load(filePath, faceIndex)), LazyThreadSafetyMode.ExecutionAndPublication);
        _shaper = new Lazy<HarfBuzzShaper>(() => new HarfBuzzShaper(filePath, faceIndex, []), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string FamilyName { get; }

    /// <summary>
    /// For a variable font's static instance: the PostScript name to embed it under, the family's name without spaces and
    /// the instance's weight (as Adobe's TN 5902 names instances, <c>PretendardVariable_700wght</c>), so two instances
    /// of one font are told apart in the PDF. Null for an ordinary face.
    /// </summary>
    internal string? InstanceName { get; private init; }

    private FontProgram Named(FontProgram program)
    {
        if (InstanceName is not null)
            program.PostScriptName = InstanceName;
        return program;
    }

    public int Weight { get; }

    public bool Italic { get; }

    public string FilePath { get; }

    public double Ascent { get; }

    public double Descent { get; }

    public double LineGap { get; }

    /// <summary>Which face of <see cref="FilePath"/> this is: 0, or its place in a collection (.ttc).</summary>
    internal int FaceIndex { get; }

    /// <summary>OS/2 usWidthClass, 1 (ultra-condensed) to 9 (ultra-expanded), 5 normal.</summary>
    internal int WidthClass { get; }

    /// <summary>The file prepared for embedding (metrics and subsetter), loaded once on first use.</summary>
    internal FontProgram Program => _program.Value;

    /// <summary>The face's HarfBuzz shaper, made on first use.</summary>
    internal HarfBuzzShaper Shaper => _shaper.Value;

    /// <summary>Whether the character map and advances have been read yet.</summary>
    internal bool GlyphsLoaded => _glyphs.IsValueCreated;

    /// <summary>Whether the HarfBuzz shaper and the font program have been made yet.</summary>
    internal bool ShaperAndProgramLoaded => _shaper.IsValueCreated && _program.IsValueCreated;

    /// <summary>
    /// Loads now what setting text in this face loads on first use, in the order a render needs it: the character map
    /// and advances (coverage checks, measuring), the HarfBuzz shaper (layout; the first one also loads the HarfBuzz
    /// library) and the font program (the PDF writer). For a thread with time to spare before the text is set.
    /// </summary>
    /// <remarks>
    /// Nothing is thrown here. Each part is a <see cref="Lazy{T}"/> in <see cref="LazyThreadSafetyMode.ExecutionAndPublication"/>
    /// mode, which keeps what its factory threw and throws that same exception to every reader: a malformed table met
    /// here is thrown, unchanged, where the face is first used, exactly as if nothing had been prepared. A part being
    /// loaded here when a reader comes is waited for, not loaded twice.
    /// </remarks>
    internal void Prepare()
    {
        if (Load(_glyphs) && Load(_shaper))
            Load(_program);
    }

    // Whether the value was made; false when the factory threw, which the Lazy keeps for its first real reader.
    private static bool Load<T>(Lazy<T> part)
    {
        try
        {
            _ = part.Value;
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    public bool HasGlyph(int codePoint) => _glyphs.Value.GlyphId(codePoint) != 0;

    public double GetAdvance(int codePoint) => _glyphs.Value.Advance(codePoint);

    /// <summary>The glyph id a code point maps to (0 when missing); for tests and diagnostics.</summary>
    internal int GlyphId(int codePoint) => _glyphs.Value.GlyphId(codePoint);

    /// <summary>
    /// The code point's own glyph at its plain advance (no shaping), in cluster <paramref name="cluster"/>;
    /// its <see cref="ShapedGlyph.Advance"/> is exactly <see cref="GetAdvance"/>.
    /// </summary>
    internal ShapedGlyph PlainGlyph(int codePoint, int cluster)
    {
        var table = _glyphs.Value;
        var glyph = table.GlyphId(codePoint);
        return new ShapedGlyph(glyph, cluster, table.UnitsPerEm, glyph == 0 ? 0 : table.AdvanceUnits(glyph), 0, 0);
    }

    /// <summary>Names the face for messages: family, weight, slant and file.</summary>
    public override string ToString() =>
        $"{FamilyName} {Weight}{(Italic ? " italic" : "")} ({Path.GetFileName(FilePath)}{(FaceIndex > 0 ? $" #{FaceIndex}" : "")})";

    /// <summary>How many faces a file holds (a collection's count, else 1).</summary>
    public static int CountFaces(string path)
    {
        using var file = new FontFileReader(Path.GetFullPath(path));
        return file.FaceCount();
    }

    /// <summary>
    /// Reads a face's description from a TrueType or CFF OpenType file. Throws <see cref="UnsupportedFontException"/>
    /// for variable fonts (and CFF2) and malformed files. <paramref name="faceIndex"/> picks a face of a collection.
    /// </summary>
    public static TrueTypeFace Open(string path, int faceIndex = 0) => Open(path, faceIndex, null);

    /// <summary>
    /// As <see cref="Open(string, int)"/>, with the weight the face is matched by set to <paramref name="weight"/> when
    /// given (a variable font's instance is the weight it was pinned at, whatever its OS/2 says).
    /// </summary>
    public static TrueTypeFace Open(string path, int faceIndex, int? weight)
    {
        path = Path.GetFullPath(path);
        using var file = new FontFileReader(path);
        var (signature, numTables, headerOffset) = file.ReadFaceHeader(faceIndex);
        switch (signature)
        {
            case TrueTypeSignature or AppleTrueTypeSignature or CffSignature:
                break;
            default:
                throw new UnsupportedFontException(path, $"not a TrueType font (signature 0x{signature:X8})");
        }

        var tables = file.ReadTableDirectory(numTables, headerOffset);
        if (tables.ContainsKey("fvar"))
            throw new UnsupportedFontException(path,
                "a variable font (it has an 'fvar' table); this engine would embed only its default instance: use a static .ttf instance");
        if (tables.ContainsKey("CFF2"))
            throw new UnsupportedFontException(path,
                "CFF2 outlines (variable PostScript outlines); this engine embeds 'glyf' and CFF outlines: use a static .otf or .ttf");
        bool cff = tables.ContainsKey("CFF ") && !tables.ContainsKey("glyf");
        foreach (var tag in cff ? CffRequiredTables : RequiredTables)
        {
            if (!tables.ContainsKey(tag))
                throw new UnsupportedFontException(path, $"it has no '{tag}' table");
        }

        var head = file.Read(Require(path, tables, "head", 54), "head");
        int unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(18));
        if (unitsPerEm is < 16 or > 16384)
            throw new UnsupportedFontException(path, $"malformed 'head' table (unitsPerEm {unitsPerEm})");
        int macStyle = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(44));

        var hhea = file.Read(Require(path, tables, "hhea", 36), "hhea");
        int hheaAscender = BinaryPrimitives.ReadInt16BigEndian(hhea.AsSpan(4));
        int hheaDescender = BinaryPrimitives.ReadInt16BigEndian(hhea.AsSpan(6));
        int hheaLineGap = BinaryPrimitives.ReadInt16BigEndian(hhea.AsSpan(8));
        int numberOfHMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));

        var maxp = file.Read(Require(path, tables, "maxp", 6), "maxp");
        int numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));

        // OS/2 version 0 ends right after usWinDescent (78 bytes); that is all we read.
        var os2 = file.Read(Require(path, tables, "OS/2", 78), "OS/2");
        int faceWeight = weight ?? NormalizeWeight(BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(4)), (macStyle & 1) != 0);
        int widthClass = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(6)) is var w and >= 1 and <= 9 ? w : 5;
        int fsSelection = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(62));
        // Bit 0 is ITALIC, bit 9 OBLIQUE (OS/2 v4); macStyle bit 1 covers fonts that only set that.
        bool italic = (fsSelection & 0x0001) != 0 || (fsSelection & 0x0200) != 0 || (macStyle & 0x0002) != 0;
        int typoAscender = BinaryPrimitives.ReadInt16BigEndian(os2.AsSpan(68));
        int typoDescender = BinaryPrimitives.ReadInt16BigEndian(os2.AsSpan(70));
        int typoLineGap = BinaryPrimitives.ReadInt16BigEndian(os2.AsSpan(72));
        int winAscent = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(74));
        int winDescent = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(76));

        int ascender, descender, lineSpacing;
        bool typoEmpty = typoAscender == 0 && typoDescender == 0 && typoLineGap == 0;
        if (!typoEmpty && (fsSelection & 0x0080) != 0)
        {
            ascender = typoAscender + typoLineGap;
            descender = -typoDescender;
            lineSpacing = typoAscender + typoLineGap - typoDescender;
        }
        else
        {
            int hheaGap = Math.Max(0, hheaLineGap);
            int hheaDescent = Math.Abs(hheaDescender);
            ascender = typoEmpty ? hheaAscender : winAscent;
            descender = typoEmpty ? hheaDescent : winDescent;
            lineSpacing = typoEmpty
                ? hheaAscender + hheaDescent + hheaGap
                : Math.Max(hheaAscender + hheaDescent + hheaGap, winAscent + winDescent);
        }

        var name = file.Read(Require(path, tables, "name", 6), "name");
        string family = ReadFamilyName(name)
            ?? throw new UnsupportedFontException(path, "its 'name' table has no Unicode family name (id 16 or 1)");

        var cmapRecord = Require(path, tables, "cmap", 4);
        var (subtableOffset, format) = ChooseCmapSubtable(file, cmapRecord);
        var hmtxRecord = Require(path, tables, "hmtx", 4);

        double em = unitsPerEm;
        return new TrueTypeFace(
            path, faceIndex, family, faceWeight, italic, widthClass,
            ascender / em, descender / em, Math.Max(0, lineSpacing - ascender - descender) / em,
            () =>
            {
                using var lazyFile = new FontFileReader(path);
                var cmap = lazyFile.Read(cmapRecord, "cmap");
                var hmtx = lazyFile.Read(hmtxRecord, "hmtx");
                return GlyphTable.Build(path, cmap, subtableOffset, format, hmtx, numberOfHMetrics, numGlyphs, unitsPerEm);
            })
        {
            InstanceName = weight is { } pinned
                ? string.Concat(family.Where(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) + "_" + pinned.ToString(System.Globalization.CultureInfo.InvariantCulture) + "wght"
                : null,
        };
    }

    private static readonly string[] RequiredTables = ["head", "hhea", "hmtx", "maxp", "cmap", "name", "OS/2", "glyf", "loca"];

    private static readonly string[] CffRequiredTables = ["head", "hhea", "hmtx", "maxp", "cmap", "name", "OS/2", "CFF "];

    private static TableRecord Require(string path, Dictionary<string, TableRecord> tables, string tag, int minimumLength)
    {
        var record = tables[tag];
        if (record.Length < minimumLength)
            throw new UnsupportedFontException(path, $"malformed '{tag}' table ({record.Length} bytes)");
        return record;
    }

    private static int NormalizeWeight(int usWeightClass, bool macBold)
    {
        // Some old fonts use the 1-9 scale of early OS/2 drafts; 0 means the font says nothing.
        if (usWeightClass is >= 1 and <= 9)
            usWeightClass *= 100;
        if (usWeightClass == 0)
            usWeightClass = macBold ? 700 : 400;
        return Math.Clamp(usWeightClass, 100, 900);
    }

    /// <summary>The typographic family (name id 16) or else the family (id 1), English preferred.</summary>
    private static string? ReadFamilyName(byte[] name) =>
        NameTable.Find(name, 16, macRoman: false) ?? NameTable.Find(name, 1, macRoman: false);

    /// <summary>Picks the Unicode subtable: 3/10 (format 12) first, then 3/1 (format 4), then the Unicode platform.</summary>
    private static (int Offset, int Format) ChooseCmapSubtable(FontFileReader file, TableRecord cmap)
    {
        var head = file.Read(cmap.Offset, 4, "'cmap' header");
        int count = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(2));
        if (4 + 8 * count > cmap.Length)
            throw new UnsupportedFontException(file.Path, "malformed 'cmap' table");
        var records = file.Read(cmap.Offset + 4, 8 * count, "'cmap' encoding records");
        (int Platform, int Encoding, int Format)[] preferences = [(3, 10, 12), (0, 6, 12), (0, 4, 12), (3, 1, 4), (0, 3, 4)];
        foreach (var (platform, encoding, wanted) in preferences)
        {
            for (int i = 0; i < count; i++)
            {
                var record = records.AsSpan(8 * i, 8);
                if (BinaryPrimitives.ReadUInt16BigEndian(record) != platform || BinaryPrimitives.ReadUInt16BigEndian(record[2..]) != encoding)
                    continue;
                long offset = BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
                if (offset + 16 > cmap.Length)
                    continue;
                int format = BinaryPrimitives.ReadUInt16BigEndian(file.Read(cmap.Offset + offset, 2, "'cmap' subtable"));
                if (format == wanted)
                    return ((int)offset, format);
            }
        }
        throw new UnsupportedFontException(file.Path, "it has no Unicode character map of format 4 or 12 (a symbol font?)");
    }
}
