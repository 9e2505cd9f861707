using System.Buffers.Binary;

namespace Briefing.Typesetting.Fonts.Subsetting;

/// <summary>
/// Reads, from a bare CFF program, whether it is CID-keyed (its Top DICT has ROS) and then the CID of each
/// glyph (its charset). A PDF's CIDFontType0 addresses a CID-keyed CFF's glyphs by CID, through that charset,
/// not by glyph id; HarfBuzz's subsetter keeps the original CIDs while it renumbers the glyphs (Noto Sans CJK).
/// </summary>
internal static class CffCharset
{
    /// <summary>The CID of each glyph id, or null when the font is not CID-keyed (its CIDs are glyph ids).</summary>
    public static int[]? CidsOf(byte[] cff, int glyphCount, string path)
    {
        try
        {
            var data = cff.AsSpan();
            int at = data[2]; // hdrSize
            at = SkipIndex(data, at); // Name INDEX
            var topDict = FirstEntry(data, at);
            bool cidKeyed = false;
            int charset = 0;
            var operands = new List<double>(8);
            for (int i = 0; i < topDict.Length;)
            {
                int b = topDict[i];
                if (b <= 21)
                {
                    int op = b == 12 ? 1200 + topDict[i + 1] : b;
                    i += b == 12 ? 2 : 1;
                    if (op == 1230)
                        cidKeyed = true;
                    else if (op == 15 && operands.Count > 0)
                        charset = (int)operands[^1];
                    operands.Clear();
                }
                else
                {
                    operands.Add(ReadOperand(topDict, ref i));
                }
            }
            if (!cidKeyed)
                return null;
            if (charset < 3)
                throw new UnsupportedFontException(path, "a CID-keyed CFF without a charset of its own");

            var cids = new int[glyphCount];
            var c = data[charset..];
            int format = c[0];
            int gid = 1, p = 1;
            while (gid < glyphCount)
            {
                if (format == 0)
                {
                    cids[gid++] = BinaryPrimitives.ReadUInt16BigEndian(c[p..]);
                    p += 2;
                    continue;
                }
                int first = BinaryPrimitives.ReadUInt16BigEndian(c[p..]);
                int left = format == 1 ? c[p + 2] : BinaryPrimitives.ReadUInt16BigEndian(c[(p + 2)..]);
                p += format == 1 ? 3 : 4;
                for (int k = 0; k <= left && gid < glyphCount; k++)
                    cids[gid++] = first + k;
            }
            return cids;
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new UnsupportedFontException(path, "a malformed CFF program in its subset");
        }
        catch (IndexOutOfRangeException)
        {
            throw new UnsupportedFontException(path, "a malformed CFF program in its subset");
        }
    }

    private static int SkipIndex(ReadOnlySpan<byte> data, int at)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
        if (count == 0)
            return at + 2;
        int offSize = data[at + 2];
        int last = Offset(data, at + 3 + count * offSize, offSize);
        return at + 3 + (count + 1) * offSize + last - 1;
    }

    private static ReadOnlySpan<byte> FirstEntry(ReadOnlySpan<byte> data, int at)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
        int offSize = data[at + 2];
        int dataStart = at + 3 + (count + 1) * offSize - 1;
        int start = Offset(data, at + 3, offSize), end = Offset(data, at + 3 + offSize, offSize);
        return data.Slice(dataStart + start, end - start);
    }

    private static int Offset(ReadOnlySpan<byte> data, int at, int size)
    {
        int value = 0;
        for (int i = 0; i < size; i++)
            value = value << 8 | data[at + i];
        return value;
    }

    private static double ReadOperand(ReadOnlySpan<byte> dict, ref int i)
    {
        int b = dict[i];
        switch (b)
        {
            case 28:
                i += 3;
                return BinaryPrimitives.ReadInt16BigEndian(dict[(i - 2)..]);
            case 29:
                i += 5;
                return BinaryPrimitives.ReadInt32BigEndian(dict[(i - 4)..]);
            case 30:
                // A real: nibbles up to the terminator 0xF; its value matters to no key we read.
                i++;
                while ((dict[i] & 0x0F) != 0x0F && (dict[i] >> 4) != 0x0F)
                    i++;
                i++;
                return 0;
            case >= 32 and <= 246:
                i++;
                return b - 139;
            case >= 247 and <= 250:
                i += 2;
                return (b - 247) * 256 + dict[i - 1] + 108;
            case >= 251 and <= 254:
                i += 2;
                return -(b - 251) * 256 - dict[i - 1] - 108;
            default:
                throw new UnsupportedFontException("CFF", $"malformed DICT operand {b}");
        }
    }
}
