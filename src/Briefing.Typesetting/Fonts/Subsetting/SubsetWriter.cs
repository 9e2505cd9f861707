using System.Buffers.Binary;
using System.Runtime.Intrinsics;

namespace Briefing.Typesetting.Fonts.Subsetting;

/// <summary>
/// Writes a subset TrueType file in one pass into one array: tables sorted by tag, each 4-byte aligned,
/// with their checksums and head.checkSumAdjustment. Tables: OS/2 (copied, when the font has one), glyf,
/// head, hhea, hmtx, loca, maxp and post (format 3). No 'cmap', 'name' or hinting tables: a PDF
/// CIDFontType2 with Identity CIDToGIDMap needs none of them (PDF 32000 9.9, table 126).
/// </summary>
internal static class SubsetWriter
{
    private const int HeadLength = 54;
    private const int HheaLength = 36;
    private const int PostLength = 32;

    public static byte[] Write(FontProgram font, ReadOnlySpan<byte> glyf, int[] originals, int requestedEnd)
    {
        int count = originals.Length;
        string path = font.FilePath;

        // Glyph lengths first: they fix the 'loca' format and every table's offset.
        var lengths = new int[count];
        int glyfLength = 0;
        for (int i = 0; i < count; i++)
        {
            lengths[i] = GlyphRecords.StrippedLength(font.Glyph(glyf, originals[i]), path);
            glyfLength += Pad(lengths[i]);
        }
        bool shortLoca = glyfLength <= 2 * 0xFFFF;
        int locaLength = (count + 1) * (shortLoca ? 2 : 4);
        int hmtxLength = 4 * count;
        var os2 = font.Os2;
        var maxp = font.Maxp;

        // Sorted by tag (byte order: upper case first).
        Span<Table> tables =
        [
            new("OS/2", os2?.Length ?? 0),
            new("glyf", glyfLength),
            new("head", HeadLength),
            new("hhea", HheaLength),
            new("hmtx", hmtxLength),
            new("loca", locaLength),
            new("maxp", maxp.Length),
            new("post", PostLength),
        ];
        if (os2 is null)
            tables = tables[1..];

        int numTables = tables.Length;
        int offset = 12 + 16 * numTables;
        for (int i = 0; i < numTables; i++)
        {
            tables[i].Offset = offset;
            offset += Pad(tables[i].Length);
        }
        var file = new byte[offset];
        var span = file.AsSpan();

        int entrySelector = 31 - int.LeadingZeroCount(numTables);
        int searchRange = 16 << entrySelector;
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)numTables);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(16 * numTables - searchRange));

        int headAt = 0;
        foreach (ref readonly var table in tables)
        {
            var body = span.Slice(table.Offset, table.Length);
            switch (table.Tag)
            {
                case "OS/2":
                    os2!.CopyTo(body);
                    break;
                case "glyf":
                    WriteGlyphs(font, glyf, originals, requestedEnd, lengths, body, span.Slice(tables[Find(tables, "loca")].Offset, locaLength), shortLoca);
                    break;
                case "head":
                    font.Head.AsSpan(0, HeadLength).CopyTo(body);
                    BinaryPrimitives.WriteUInt32BigEndian(body[8..], 0);
                    BinaryPrimitives.WriteInt16BigEndian(body[50..], (short)(shortLoca ? 0 : 1));
                    headAt = table.Offset;
                    break;
                case "hhea":
                    font.Hhea.AsSpan(0, HheaLength).CopyTo(body);
                    BinaryPrimitives.WriteUInt16BigEndian(body[34..], (ushort)count);
                    break;
                case "hmtx":
                    for (int i = 0; i < count; i++)
                    {
                        BinaryPrimitives.WriteUInt16BigEndian(body[(4 * i)..], (ushort)font.AdvanceWidth(originals[i]));
                        BinaryPrimitives.WriteInt16BigEndian(body[(4 * i + 2)..], (short)font.LeftSideBearing(originals[i]));
                    }
                    break;
                case "loca":
                    break; // written with the glyphs
                case "maxp":
                    maxp.CopyTo(body);
                    BinaryPrimitives.WriteUInt16BigEndian(body[4..], (ushort)count);
                    break;
                case "post":
                    WritePost(font.Post, body);
                    break;
            }
        }

        uint fileSum = 0;
        for (int i = 0; i < numTables; i++)
        {
            ref readonly var table = ref tables[i];
            uint sum = Checksum(span.Slice(table.Offset, Pad(table.Length)));
            var record = span.Slice(12 + 16 * i, 16);
            record[0] = (byte)table.Tag[0];
            record[1] = (byte)table.Tag[1];
            record[2] = (byte)table.Tag[2];
            record[3] = (byte)table.Tag[3];
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], sum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)table.Offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)table.Length);
            fileSum += sum;
        }
        fileSum += Checksum(span[..(12 + 16 * numTables)]);
        BinaryPrimitives.WriteUInt32BigEndian(span[(headAt + 8)..], 0xB1B0AFBA - fileSum);
        return file;
    }

    private static void WriteGlyphs(
        FontProgram font, ReadOnlySpan<byte> glyf, int[] originals, int requestedEnd, int[] lengths, Span<byte> body, Span<byte> loca, bool shortLoca)
    {
        int at = 0;
        for (int i = 0; i < originals.Length; i++)
        {
            WriteLoca(loca, i, at, shortLoca);
            GlyphRecords.WriteStripped(font.Glyph(glyf, originals[i]), body.Slice(at, lengths[i]), originals, requestedEnd, font.FilePath);
            at += Pad(lengths[i]);
        }
        WriteLoca(loca, originals.Length, at, shortLoca);
    }

    private static void WriteLoca(Span<byte> loca, int index, int offset, bool shortLoca)
    {
        if (shortLoca)
            BinaryPrimitives.WriteUInt16BigEndian(loca[(2 * index)..], (ushort)(offset / 2));
        else
            BinaryPrimitives.WriteUInt32BigEndian(loca[(4 * index)..], (uint)offset);
    }

    private static void WritePost(byte[]? post, Span<byte> body)
    {
        BinaryPrimitives.WriteUInt32BigEndian(body, 0x00030000);
        // italicAngle, underlinePosition, underlineThickness and isFixedPitch; the memory hints stay 0.
        post?.AsSpan(4, 12).CopyTo(body[4..]);
    }

    private static int Find(ReadOnlySpan<Table> tables, string tag)
    {
        for (int i = 0; i < tables.Length; i++)
        {
            if (tables[i].Tag == tag)
                return i;
        }
        return -1;
    }

    private static int Pad(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        // The glyf checksum is the writer's largest loop (over 100 KB for a Korean page): byte-swap and add
        // four words at a time where the machine can, then the rest one word at a time.
        uint sum = 0;
        int i = 0;
        if (Vector128.IsHardwareAccelerated && BitConverter.IsLittleEndian && data.Length >= 64)
        {
            var swap = Vector128.Create((byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
            var total = Vector128<uint>.Zero;
            for (; i + 16 <= data.Length; i += 16)
                total += Vector128.Shuffle(Vector128.Create(data.Slice(i, 16)), swap).AsUInt32();
            sum = Vector128.Sum(total);
        }
        for (; i + 4 <= data.Length; i += 4)
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        if (i < data.Length)
        {
            Span<byte> tail = stackalloc byte[4];
            tail.Clear();
            data[i..].CopyTo(tail);
            sum += BinaryPrimitives.ReadUInt32BigEndian(tail);
        }
        return sum;
    }

    private struct Table(string tag, int length)
    {
        public readonly string Tag = tag;
        public readonly int Length = length;
        public int Offset;
    }
}
