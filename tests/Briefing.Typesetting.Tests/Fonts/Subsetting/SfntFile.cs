using System.Buffers.Binary;
using System.Text;

namespace Briefing.Typesetting.Tests.Fonts.Subsetting;

/// <summary>
/// A test-side TrueType reader, independent of the product's readers: table directory, loca, glyph
/// records, advances, and a structural check of the whole file (alignment, checksums, directory fields).
/// </summary>
internal sealed class SfntFile
{
    private readonly byte[] _data;

    public SfntFile(byte[] data)
    {
        _data = data;
        int numTables = U16(4);
        for (int i = 0; i < numTables; i++)
        {
            int at = 12 + 16 * i;
            string tag = Encoding.Latin1.GetString(data, at, 4);
            Tables.Add(new Record(tag, U32(at + 4), (int)U32(at + 8), (int)U32(at + 12)));
        }
    }

    public List<Record> Tables { get; } = [];

    public byte[] Data => _data;

    public ReadOnlySpan<byte> Table(string tag)
    {
        var r = Tables.Single(t => t.Tag == tag);
        return _data.AsSpan(r.Offset, r.Length);
    }

    public bool Has(string tag) => Tables.Any(t => t.Tag == tag);

    public int NumGlyphs => BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);

    public int NumberOfHMetrics => BinaryPrimitives.ReadUInt16BigEndian(Table("hhea")[34..]);

    public int IndexToLocFormat => BinaryPrimitives.ReadInt16BigEndian(Table("head")[50..]);

    public int Advance(int glyph)
    {
        int index = Math.Min(glyph, NumberOfHMetrics - 1);
        return BinaryPrimitives.ReadUInt16BigEndian(Table("hmtx")[(4 * index)..]);
    }

    public int LeftSideBearing(int glyph)
    {
        int n = NumberOfHMetrics;
        int at = glyph < n ? 4 * glyph + 2 : 4 * n + 2 * (glyph - n);
        return BinaryPrimitives.ReadInt16BigEndian(Table("hmtx")[at..]);
    }

    public byte[] Glyph(int glyph)
    {
        var loca = Table("loca");
        long start, end;
        if (IndexToLocFormat == 0)
        {
            start = 2L * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph)..]);
            end = 2L * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph + 2)..]);
        }
        else
        {
            start = BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph)..]);
            end = BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph + 4)..]);
        }
        return Table("glyf")[(int)start..(int)end].ToArray();
    }

    /// <summary>Every structural rule a subset must keep; an empty list means the file is sound.</summary>
    public List<string> Problems()
    {
        var problems = new List<string>();
        int n = Tables.Count;
        int entrySelector = (int)Math.Floor(Math.Log2(n));
        int searchRange = 16 * (1 << entrySelector);
        if (U32(0) != 0x00010000)
            problems.Add("sfnt version");
        if (U16(6) != searchRange || U16(8) != entrySelector || U16(10) != 16 * n - searchRange)
            problems.Add("searchRange/entrySelector/rangeShift");
        for (int i = 1; i < n; i++)
        {
            if (string.CompareOrdinal(Tables[i - 1].Tag, Tables[i].Tag) >= 0)
                problems.Add($"tables not sorted at {Tables[i].Tag}");
        }
        int expectedEnd = 12 + 16 * n;
        foreach (var t in Tables.OrderBy(t => t.Offset))
        {
            if (t.Offset % 4 != 0)
                problems.Add($"'{t.Tag}' not 4-byte aligned");
            if (t.Offset != expectedEnd)
                problems.Add($"'{t.Tag}' does not follow the previous table (gap or overlap)");
            expectedEnd = t.Offset + ((t.Length + 3) & ~3);
            uint sum = Checksum(_data.AsSpan(t.Offset, (t.Length + 3) & ~3), t.Tag == "head");
            if (sum != t.Checksum)
                problems.Add($"'{t.Tag}' checksum 0x{t.Checksum:X8}, computed 0x{sum:X8}");
        }
        if (expectedEnd != _data.Length)
            problems.Add("file length is not the end of the last padded table");
        uint adjustment = BinaryPrimitives.ReadUInt32BigEndian(Table("head")[8..]);
        uint whole = Checksum(_data, false) - adjustment;
        if (unchecked(0xB1B0AFBA - whole) != adjustment)
            problems.Add("head.checkSumAdjustment");
        var loca = Table("loca");
        int entries = NumGlyphs + 1;
        if (loca.Length != entries * (IndexToLocFormat == 0 ? 2 : 4))
            problems.Add("loca length");
        if (NumberOfHMetrics != NumGlyphs || Table("hmtx").Length != 4 * NumGlyphs)
            problems.Add("hmtx is not one long metric per glyph");
        long previous = 0;
        for (int g = 0; g < entries; g++)
        {
            long offset = IndexToLocFormat == 0 ? 2L * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * g)..]) : BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * g)..]);
            if (offset < previous || offset > Table("glyf").Length)
                problems.Add($"loca entry {g}");
            previous = offset;
        }
        if (previous != Table("glyf").Length)
            problems.Add("last loca entry is not the glyf length");
        return problems;
    }

    private static uint Checksum(ReadOnlySpan<byte> data, bool head)
    {
        uint sum = 0;
        for (int i = 0; i + 4 <= data.Length; i += 4)
        {
            if (head && i == 8)
                continue; // checkSumAdjustment counts as 0 in head's own checksum
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }
        return sum;
    }

    private int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(at));

    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(at));

    public readonly record struct Record(string Tag, uint Checksum, int Offset, int Length);
}
