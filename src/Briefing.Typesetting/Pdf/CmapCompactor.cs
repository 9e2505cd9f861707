using System.Buffers.Binary;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Rewrites the Unicode BMP cmap of the font bytes PDFsharp gets so it has few segments. PDFsharp maps
/// every drawn character to a glyph by scanning the format-4 segments one by one; NanumGothic has 3,832
/// of them with Hangul near the end, which made that scan about a fifth of a warm Korean render. The
/// same mapping in a few dozen segments (long runs keep their delta, the scattered rest goes into glyph-id
/// arrays) gives identical glyphs. PDFsharp's embedded subsets carry no cmap, so the PDF does not change;
/// the engine's own font reader reads the files directly and never sees these bytes.
/// </summary>
internal static class CmapCompactor
{
    private const int MinSegmentsWorthIt = 256;

    // (long run, gap) pairs, fewest segments first: a run of at least "long run" code points with one delta
    // stays a delta segment; shorter runs up to "gap" unmapped code points apart share a glyph-id array
    // segment (the gap maps to glyph 0). The first pair whose subtable fits format 4's 64 KB wins
    // (NanumGothic: 32/48, 3,832 segments become 130).
    private static readonly (int LongRun, int MaxGap)[] Shapes = [(48, 64), (32, 48), (32, 32), (24, 32), (16, 32), (16, 16), (8, 16)];

    /// <summary>
    /// Reads a font file for PDFsharp: the file with a compact (3,1) format-4 cmap, or exactly the file when it
    /// has none worth compacting. Only the table directory and the cmap are read before deciding, so the
    /// file's bytes are allocated once (no second multi-megabyte copy for the process's peak memory).
    /// </summary>
    public static byte[] LoadFile(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length is < 12 or > int.MaxValue - 0x20000)
            return File.ReadAllBytes(path);
        var header = new byte[12];
        RandomAccess.Read(handle, header, 0);
        var directory = new byte[16 * BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4))];
        RandomAccess.Read(handle, directory, 12);
        byte[]? table = null;
        var cmapIndex = FindTable(directory, "cmap"u8);
        if (IsPlainTrueType(header) && cmapIndex >= 0)
        {
            var record = directory.AsSpan(16 * cmapIndex);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var size = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + size <= length)
            {
                var cmap = new byte[size];
                RandomAccess.Read(handle, cmap, offset);
                table = TryCompactCmap(cmap);
            }
        }

        var result = new byte[table is null ? length : ((length + 3) & ~3) + ((table.Length + 3) & ~3)];
        for (var read = 0; read < length;)
        {
            var n = RandomAccess.Read(handle, result.AsSpan(read, (int)length - read), read);
            if (n == 0)
                throw new EndOfStreamException($"{path} ended early.");
            read += n;
        }

        if (table is not null)
            AppendTable(result, (int)length, cmapIndex, table);
        return result;
    }

    /// <summary>The font with a compact (3,1) format-4 cmap, or the input itself when it has none worth compacting or anything is unexpected.</summary>
    public static byte[] Compact(byte[] font)
    {
        var span = (ReadOnlySpan<byte>)font;
        if (span.Length < 12 || !IsPlainTrueType(span))
            return font;
        var directoryLength = 16 * BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        if (span.Length < 12 + directoryLength)
            return font;
        var cmapIndex = FindTable(span.Slice(12, directoryLength), "cmap"u8);
        if (cmapIndex < 0)
            return font;
        var record = span[(12 + 16 * cmapIndex)..];
        var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
        var size = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
        if (offset < 0 || size < 0 || offset + size > span.Length)
            return font;
        var table = TryCompactCmap(span.Slice(offset, size));
        if (table is null)
            return font;
        var result = new byte[((font.Length + 3) & ~3) + ((table.Length + 3) & ~3)];
        font.CopyTo(result, 0);
        AppendTable(result, font.Length, cmapIndex, table);
        return result;
    }

    // Only plain TrueType: no collections, no CFF.
    private static bool IsPlainTrueType(ReadOnlySpan<byte> header) =>
        BinaryPrimitives.ReadUInt32BigEndian(header) is 0x00010000u or 0x74727565u;

    private static int FindTable(ReadOnlySpan<byte> directory, ReadOnlySpan<byte> tag)
    {
        for (var i = 0; i + 16 <= directory.Length; i += 16)
        {
            if (directory.Slice(i, 4).SequenceEqual(tag))
                return i / 16;
        }

        return -1;
    }

    /// <summary>A new cmap table for <paramref name="cmap"/>, or null when it is small already, unusual, or malformed.</summary>
    private static byte[]? TryCompactCmap(ReadOnlySpan<byte> cmap)
    {
        try
        {
            int subtables = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
            var format4 = -1;
            for (var i = 0; i < subtables; i++)
            {
                var record = cmap[(4 + 8 * i)..];
                var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
                var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
                if (platform == 3 && encoding == 1 && BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]) == 4)
                    format4 = offset;
                else if (platform == 3 && encoding == 10)
                    return null; // a full-Unicode cmap as well: leave such fonts alone
            }

            if (format4 < 0)
                return null;
            var glyphs = Decode(cmap[format4..], out var segCount);
            if (segCount < MinSegmentsWorthIt)
                return null;
            foreach (var (longRun, maxGap) in Shapes)
            {
                if (Encode(glyphs, longRun, maxGap) is { } table)
                    return table;
            }

            return null;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException)
        {
            return null; // a malformed table: PDFsharp gets the original, as before
        }
    }

    /// <summary>The glyph of every BMP code point (0 = none) by the (3,1) format-4 cmap, or null; for tests.</summary>
    internal static ushort[]? BmpGlyphs(byte[] font)
    {
        var span = (ReadOnlySpan<byte>)font;
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        for (var i = 0; i < numTables; i++)
        {
            if (!span.Slice(12 + 16 * i, 4).SequenceEqual("cmap"u8))
                continue;
            var cmap = span[(int)BinaryPrimitives.ReadUInt32BigEndian(span[(12 + 16 * i + 8)..])..];
            int subtables = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
            for (var k = 0; k < subtables; k++)
            {
                var record = cmap[(4 + 8 * k)..];
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
                if (BinaryPrimitives.ReadUInt16BigEndian(record) == 3 && BinaryPrimitives.ReadUInt16BigEndian(record[2..]) == 1
                    && BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]) == 4)
                    return Decode(cmap[offset..], out _);
            }
        }

        return null;
    }

    /// <summary>Glyph ids of U+0000..U+FFFE (0 = unmapped) from a format-4 subtable.</summary>
    private static ushort[] Decode(ReadOnlySpan<byte> sub, out int segCount)
    {
        segCount = BinaryPrimitives.ReadUInt16BigEndian(sub[6..]) / 2;
        var ends = sub[14..];
        var starts = ends[(2 * segCount + 2)..];
        var deltas = starts[(2 * segCount)..];
        var rangeOffsets = deltas[(2 * segCount)..];
        var glyphs = new ushort[0xFFFF];
        for (var s = 0; s < segCount; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(ends[(2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(starts[(2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(deltas[(2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(2 * s)..]);
            for (var c = start; c <= end && c < 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(2 * s + rangeOffset + 2 * (c - start))..]);
                    if (glyph != 0)
                        glyph = (glyph + delta) & 0xFFFF;
                }

                glyphs[c] = (ushort)glyph;
            }
        }

        return glyphs;
    }

    private readonly record struct Segment(int Start, int End, bool UsesArray);

    /// <summary>A (3,1)-only cmap table with a compact format-4 subtable, or null when it would not fit 64 KB.</summary>
    private static byte[]? Encode(ushort[] glyphs, int longRun, int maxGap)
    {
        // Maximal runs of mapped code points whose glyph ids climb with them (one delta each).
        var runs = new List<(int Start, int End)>();
        for (var c = 0; c < glyphs.Length; c++)
        {
            if (glyphs[c] == 0)
                continue;
            var start = c;
            while (c + 1 < glyphs.Length && glyphs[c + 1] != 0 && glyphs[c + 1] == glyphs[c] + 1)
                c++;
            runs.Add((start, c));
        }

        // Long runs stay delta segments; short neighbours share an array segment.
        var segments = new List<Segment>();
        foreach (var (start, end) in runs)
        {
            if (end - start + 1 >= longRun)
            {
                segments.Add(new Segment(start, end, false));
                continue;
            }

            if (segments.Count > 0 && segments[^1].UsesArray && start - segments[^1].End <= maxGap)
                segments[^1] = segments[^1] with { End = end };
            else
                segments.Add(new Segment(start, end, true));
        }

        segments.Add(new Segment(0xFFFF, 0xFFFF, false));
        var segCount = segments.Count;
        var arrayLength = 0;
        foreach (var segment in segments)
        {
            if (segment.UsesArray)
                arrayLength += segment.End - segment.Start + 1;
        }

        var length = 16 + 8 * segCount + 2 * arrayLength;
        if (length > 0xFFFF)
            return null;

        var table = new byte[4 + 8 + length];
        var t = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(t, 0);          // cmap version
        BinaryPrimitives.WriteUInt16BigEndian(t[2..], 1);     // one subtable
        BinaryPrimitives.WriteUInt16BigEndian(t[4..], 3);     // Windows
        BinaryPrimitives.WriteUInt16BigEndian(t[6..], 1);     // Unicode BMP
        BinaryPrimitives.WriteUInt32BigEndian(t[8..], 12);
        var sub = t[12..];
        BinaryPrimitives.WriteUInt16BigEndian(sub, 4);
        BinaryPrimitives.WriteUInt16BigEndian(sub[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(sub[6..], (ushort)(segCount * 2));
        var log = 0;
        while (2 << log <= segCount)
            log++;
        var searchRange = 2 * (1 << log);
        BinaryPrimitives.WriteUInt16BigEndian(sub[8..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(sub[10..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(sub[12..], (ushort)(segCount * 2 - searchRange));
        var ends = 14;
        var starts = ends + 2 * segCount + 2;
        var deltas = starts + 2 * segCount;
        var rangeOffsets = deltas + 2 * segCount;
        var array = rangeOffsets + 2 * segCount;
        var next = array;
        for (var s = 0; s < segCount; s++)
        {
            var segment = segments[s];
            BinaryPrimitives.WriteUInt16BigEndian(sub[(ends + 2 * s)..], (ushort)segment.End);
            BinaryPrimitives.WriteUInt16BigEndian(sub[(starts + 2 * s)..], (ushort)segment.Start);
            if (segment.Start == 0xFFFF)
            {
                BinaryPrimitives.WriteInt16BigEndian(sub[(deltas + 2 * s)..], 1);
                continue;
            }

            if (!segment.UsesArray)
            {
                BinaryPrimitives.WriteUInt16BigEndian(sub[(deltas + 2 * s)..], (ushort)((glyphs[segment.Start] - segment.Start) & 0xFFFF));
                continue;
            }

            BinaryPrimitives.WriteUInt16BigEndian(sub[(rangeOffsets + 2 * s)..], (ushort)(next - (rangeOffsets + 2 * s)));
            for (var c = segment.Start; c <= segment.End; c++, next += 2)
                BinaryPrimitives.WriteUInt16BigEndian(sub[next..], glyphs[c]);
        }

        return table;
    }

    /// <summary>
    /// Puts <paramref name="table"/> after the font's <paramref name="fontLength"/> bytes (4-byte aligned) in
    /// <paramref name="result"/> and points directory record <paramref name="index"/> at it; every other byte stays.
    /// </summary>
    private static void AppendTable(byte[] result, int fontLength, int index, byte[] table)
    {
        var padded = (fontLength + 3) & ~3;
        table.CopyTo(result, padded);
        var record = result.AsSpan(12 + 16 * index);
        BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(result.AsSpan(padded, (table.Length + 3) & ~3)));
        BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)padded);
        BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)table.Length);
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4)
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        return sum;
    }
}
