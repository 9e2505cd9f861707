using System.Buffers.Binary;

namespace Briefing.Typesetting.Tests.Fonts.Subsetting;

/// <summary>
/// A glyph record decoded to what it draws: the bounding box, contour ends and points of a simple glyph,
/// or the components (glyph id, flags without the instructions bit, arguments and transform bytes) of a
/// composite. Instructions are left out, so a hinted original equals its unhinted subset copy.
/// </summary>
internal sealed record GlyphShape(string Header, string Outline, int[] Components)
{
    public static GlyphShape Decode(byte[] g)
    {
        if (g.Length == 0)
            return new GlyphShape("empty", "", []);
        int contours = BinaryPrimitives.ReadInt16BigEndian(g);
        string header = Convert.ToHexString(g, 0, 10);
        if (contours < 0)
            return DecodeComposite(g, header);

        var ends = new int[contours];
        for (int i = 0; i < contours; i++)
            ends[i] = BinaryPrimitives.ReadUInt16BigEndian(g.AsSpan(10 + 2 * i));
        int points = contours == 0 ? 0 : ends[^1] + 1;
        int at = 10 + 2 * contours;
        at += 2 + BinaryPrimitives.ReadUInt16BigEndian(g.AsSpan(at));
        var flags = new byte[points];
        for (int p = 0; p < points;)
        {
            byte f = g[at++];
            flags[p++] = f;
            if ((f & 8) != 0)
            {
                int repeat = g[at++];
                for (int r = 0; r < repeat; r++)
                    flags[p++] = f;
            }
        }
        var xs = Coordinates(g, ref at, flags, 2, 16);
        var ys = Coordinates(g, ref at, flags, 4, 32);
        var outline = new System.Text.StringBuilder();
        outline.Append(string.Join(",", ends)).Append(':');
        for (int p = 0; p < points; p++)
            outline.Append(xs[p]).Append(' ').Append(ys[p]).Append((flags[p] & 1) != 0 ? "on;" : "off;");
        return new GlyphShape(header, outline.ToString(), []);
    }

    private static int[] Coordinates(byte[] g, ref int at, byte[] flags, int shortBit, int sameBit)
    {
        var values = new int[flags.Length];
        int value = 0;
        for (int p = 0; p < flags.Length; p++)
        {
            byte f = flags[p];
            if ((f & shortBit) != 0)
                value += (f & sameBit) != 0 ? g[at++] : -g[at++];
            else if ((f & sameBit) == 0)
            {
                value += BinaryPrimitives.ReadInt16BigEndian(g.AsSpan(at));
                at += 2;
            }
            values[p] = value;
        }
        return values;
    }

    private static GlyphShape DecodeComposite(byte[] g, string header)
    {
        var components = new List<int>();
        var outline = new System.Text.StringBuilder();
        int at = 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(g.AsSpan(at));
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(g.AsSpan(at + 2)));
            int size = (flags & 1) != 0 ? 4 : 2;
            size += (flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0;
            outline.Append(flags & ~0x0100).Append(':').Append(Convert.ToHexString(g, at + 4, size)).Append(';');
            at += 4 + size;
        }
        while ((flags & 0x20) != 0);
        return new GlyphShape(header, outline.ToString(), [.. components]);
    }
}
