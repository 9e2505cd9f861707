using System.Buffers.Binary;

namespace Briefing.Typesetting.Fonts;

/// <summary>
/// A face's character map and advance widths, flattened for constant-time lookup: every BMP code point
/// has its glyph id in one array (128 KB per face), code points beyond the BMP are found by binary search
/// over the format 12 groups, and advances are indexed by glyph id.
/// </summary>
internal sealed class GlyphTable
{
    private const int BmpSize = 0x10000;

    private readonly ushort[] _bmpGlyphs;
    private readonly int[] _supplementaryStarts;
    private readonly int[] _supplementaryEnds;
    private readonly int[] _supplementaryGlyphs;
    private readonly ushort[] _advances;
    private readonly int _unitsPerEm;
    private readonly double _perUnit;

    private GlyphTable(ushort[] bmpGlyphs, int[] starts, int[] ends, int[] glyphs, ushort[] advances, int unitsPerEm)
    {
        _bmpGlyphs = bmpGlyphs;
        _supplementaryStarts = starts;
        _supplementaryEnds = ends;
        _supplementaryGlyphs = glyphs;
        _advances = advances;
        _unitsPerEm = unitsPerEm;
        _perUnit = 1.0 / unitsPerEm;
    }

    /// <summary>The face's units per em.</summary>
    public int UnitsPerEm => _unitsPerEm;

    /// <summary>The glyph id of a code point, 0 when the face has none.</summary>
    public int GlyphId(int codePoint)
    {
        if ((uint)codePoint < BmpSize)
            return _bmpGlyphs[codePoint];
        int lo = 0, hi = _supplementaryStarts.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (codePoint < _supplementaryStarts[mid])
                hi = mid - 1;
            else if (codePoint > _supplementaryEnds[mid])
                lo = mid + 1;
            else
                return _supplementaryGlyphs[mid] + (codePoint - _supplementaryStarts[mid]);
        }
        return 0;
    }

    /// <summary>The advance of glyph <paramref name="glyph"/> in font units.</summary>
    public int AdvanceUnits(int glyph) => _advances[glyph];

    /// <summary>The advance of a code point's glyph in em, 0 when the face has none.</summary>
    public double Advance(int codePoint)
    {
        int glyph = GlyphId(codePoint);
        return glyph == 0 ? 0 : _advances[glyph] * _perUnit;
    }

    /// <summary>
    /// Builds the table from the raw 'cmap' table (with the chosen subtable's offset inside it and its
    /// format), the raw 'hmtx' table, numberOfHMetrics, numGlyphs and unitsPerEm.
    /// </summary>
    public static GlyphTable Build(
        string path, byte[] cmap, int subtableOffset, int format, byte[] hmtx, int numberOfHMetrics, int numGlyphs, int unitsPerEm)
    {
        var bmp = new ushort[BmpSize];
        var starts = new List<int>();
        var ends = new List<int>();
        var glyphs = new List<int>();
        try
        {
            var subtable = cmap.AsSpan(subtableOffset);
            if (format == 4)
                ReadFormat4(subtable, numGlyphs, bmp);
            else
                ReadFormat12(subtable, numGlyphs, bmp, starts, ends, glyphs);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new UnsupportedFontException(path, $"malformed 'cmap' format {format} subtable");
        }

        return new GlyphTable(bmp, [.. starts], [.. ends], [.. glyphs], ReadAdvances(path, hmtx, numberOfHMetrics, numGlyphs), unitsPerEm);
    }

    private static void ReadFormat4(ReadOnlySpan<byte> t, int numGlyphs, ushort[] bmp)
    {
        int segCountX2 = BinaryPrimitives.ReadUInt16BigEndian(t[6..]);
        int segCount = segCountX2 / 2;
        int endsAt = 14;
        int startsAt = endsAt + segCountX2 + 2;
        int deltasAt = startsAt + segCountX2;
        int rangeOffsetsAt = deltasAt + segCountX2;
        for (int seg = 0; seg < segCount; seg++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(t[(endsAt + 2 * seg)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(t[(startsAt + 2 * seg)..]);
            int delta = BinaryPrimitives.ReadInt16BigEndian(t[(deltasAt + 2 * seg)..]);
            int rangeOffsetAt = rangeOffsetsAt + 2 * seg;
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(t[rangeOffsetAt..]);
            for (int c = start; c <= end; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    // The spec's "address of idRangeOffset + offset": indexes glyphIdArray relative to this field.
                    int at = rangeOffsetAt + rangeOffset + 2 * (c - start);
                    if (at + 2 > t.Length)
                        continue;
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(t[at..]);
                    if (glyph != 0)
                        glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph < numGlyphs && bmp[c] == 0)
                    bmp[c] = (ushort)glyph;
            }
        }
    }

    private static void ReadFormat12(
        ReadOnlySpan<byte> t, int numGlyphs, ushort[] bmp, List<int> starts, List<int> ends, List<int> glyphs)
    {
        long groupCount = BinaryPrimitives.ReadUInt32BigEndian(t[12..]);
        if (16 + groupCount * 12 > t.Length)
            throw new ArgumentOutOfRangeException(nameof(t));
        for (int g = 0; g < groupCount; g++)
        {
            var group = t[(16 + 12 * g)..];
            long start = BinaryPrimitives.ReadUInt32BigEndian(group);
            long end = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group[4..]), 0x10FFFFu);
            long first = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            if (end < start || first >= numGlyphs)
                continue;
            // Glyph ids past the font's glyph count would read outside hmtx: cut the group there.
            end = Math.Min(end, start + (numGlyphs - 1 - first));
            for (long c = start; c <= end && c < BmpSize; c++)
            {
                if (bmp[c] == 0)
                    bmp[c] = (ushort)(first + (c - start));
            }
            if (end >= BmpSize)
            {
                long clippedStart = Math.Max(start, BmpSize);
                starts.Add((int)clippedStart);
                ends.Add((int)end);
                glyphs.Add((int)(first + (clippedStart - start)));
            }
        }
    }

    private static ushort[] ReadAdvances(string path, byte[] hmtx, int numberOfHMetrics, int numGlyphs)
    {
        if (numberOfHMetrics < 1 || numberOfHMetrics * 4 > hmtx.Length)
            throw new UnsupportedFontException(path, "malformed 'hmtx' table (shorter than numberOfHMetrics says)");
        var advances = new ushort[Math.Max(numGlyphs, numberOfHMetrics)];
        for (int g = 0; g < numberOfHMetrics; g++)
            advances[g] = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(4 * g));
        // Glyphs past numberOfHMetrics share the last advance (monospaced tails, e.g. Hangul blocks).
        ushort last = advances[numberOfHMetrics - 1];
        for (int g = numberOfHMetrics; g < advances.Length; g++)
            advances[g] = last;
        return advances;
    }
}
