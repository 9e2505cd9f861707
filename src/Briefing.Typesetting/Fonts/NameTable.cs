using System.Buffers.Binary;
using System.Text;

namespace Briefing.Typesetting.Fonts;

/// <summary>Reads strings from a TrueType 'name' table (the family for layout, the PostScript name for PDF).</summary>
internal static class NameTable
{
    /// <summary>
    /// The trimmed, non-empty string with <paramref name="nameId"/>, preferring Windows Unicode in US English,
    /// then other Windows Unicode, then the Unicode platform, then (when <paramref name="macRoman"/>) Mac Roman;
    /// null when there is none. Records that point outside the table are skipped.
    /// </summary>
    public static string? Find(ReadOnlySpan<byte> table, int nameId, bool macRoman)
    {
        if (table.Length < 6)
            return null;
        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        int storage = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        string? best = null;
        int bestRank = int.MaxValue;
        for (int i = 0; i < count; i++)
        {
            int at = 6 + 12 * i;
            if (at + 12 > table.Length)
                break;
            var record = table.Slice(at, 12);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            int encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            int language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            int offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (BinaryPrimitives.ReadUInt16BigEndian(record[6..]) != nameId || length == 0 || storage + offset + length > table.Length)
                continue;
            // Lower is better.
            int rank = platform switch
            {
                3 when encoding is 1 or 10 => language == 0x409 ? 0 : 1,
                0 => 2,
                1 when encoding == 0 && macRoman => 3,
                _ => int.MaxValue,
            };
            if (rank >= bestRank)
                continue;
            var bytes = table.Slice(storage + offset, length);
            var text = (platform == 1 ? Encoding.Latin1.GetString(bytes) : Encoding.BigEndianUnicode.GetString(bytes)).Trim();
            if (text.Length == 0)
                continue;
            best = text;
            bestRank = rank;
        }
        return best;
    }
}
