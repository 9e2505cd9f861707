using System.Buffers.Binary;
using System.Text;

namespace Briefing.Typesetting.Tests.Fonts;

/// <summary>Writes small synthetic sfnt files, for the kinds of font this machine does not have.</summary>
internal sealed class SfntBuilder
{
    private readonly SortedDictionary<string, byte[]> _tables = new(StringComparer.Ordinal);

    public uint Signature { get; init; } = 0x00010000;

    public SfntBuilder Table(string tag, byte[] data)
    {
        _tables[tag] = data;
        return this;
    }

    public byte[] Build()
    {
        var output = new List<byte>();
        Append(output, U32(Signature), U16(_tables.Count), U16(0), U16(0), U16(0));
        int offset = 12 + 16 * _tables.Count;
        foreach (var (tag, data) in _tables)
        {
            Append(output, Encoding.Latin1.GetBytes(tag), U32(0), U32((uint)offset), U32((uint)data.Length));
            offset += (data.Length + 3) & ~3;
        }
        foreach (var data in _tables.Values)
        {
            output.AddRange(data);
            while (output.Count % 4 != 0)
                output.Add(0);
        }
        return [.. output];
    }

    public string WriteTo(string folder, string fileName)
    {
        string path = Path.Combine(folder, fileName);
        File.WriteAllBytes(path, Build());
        return path;
    }

    /// <summary>
    /// A complete tiny TrueType face: glyph 1 for 'A' (advance 600) and glyph 2 for U+1F600 (advance 1000),
    /// mapped through a 3/10 format 12 subtable only, at 2048 units per em.
    /// </summary>
    public static SfntBuilder TinyFace(string family, int weight = 400, bool italic = false, bool useTypoMetrics = false, int widthClass = 5)
    {
        var head = new byte[54];
        BinaryPrimitives.WriteUInt16BigEndian(head.AsSpan(18), 2048);
        var hhea = new byte[36];
        BinaryPrimitives.WriteInt16BigEndian(hhea.AsSpan(4), 1900);
        BinaryPrimitives.WriteInt16BigEndian(hhea.AsSpan(6), -500);
        BinaryPrimitives.WriteInt16BigEndian(hhea.AsSpan(8), 300);
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), 3);
        var maxp = new byte[6];
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), 3);
        var os2 = new byte[78];
        BinaryPrimitives.WriteUInt16BigEndian(os2.AsSpan(4), (ushort)weight);
        BinaryPrimitives.WriteUInt16BigEndian(os2.AsSpan(6), (ushort)widthClass);
        BinaryPrimitives.WriteUInt16BigEndian(os2.AsSpan(62), (ushort)((italic ? 1 : 0) | (useTypoMetrics ? 0x80 : 0)));
        BinaryPrimitives.WriteInt16BigEndian(os2.AsSpan(68), 1600);
        BinaryPrimitives.WriteInt16BigEndian(os2.AsSpan(70), -448);
        BinaryPrimitives.WriteInt16BigEndian(os2.AsSpan(72), 0);
        BinaryPrimitives.WriteUInt16BigEndian(os2.AsSpan(74), 2000);
        BinaryPrimitives.WriteUInt16BigEndian(os2.AsSpan(76), 600);

        var hmtx = Concat(U16(500), U16(0), U16(600), U16(0), U16(1000), U16(0));
        var cmap = Concat(
            U16(0), U16(1), U16(3), U16(10), U32(12),
            U16(12), U16(0), U32(16 + 2 * 12), U32(0), U32(2),
            U32('A'), U32('A'), U32(1),
            U32(0x1F600), U32(0x1F600), U32(2));

        return new SfntBuilder()
            .Table("head", head).Table("hhea", hhea).Table("maxp", maxp).Table("OS/2", os2)
            .Table("name", NameTable(family)).Table("cmap", cmap).Table("hmtx", hmtx)
            .Table("glyf", []).Table("loca", new byte[8]);
    }

    /// <summary>A 'name' table with one Windows Unicode US-English family name (id 1).</summary>
    public static byte[] NameTable(string family)
    {
        var text = Encoding.BigEndianUnicode.GetBytes(family);
        return Concat(U16(0), U16(1), U16(6 + 12), U16(3), U16(1), U16(0x409), U16(1), U16(text.Length), U16(0), text);
    }

    private static void Append(List<byte> output, params byte[][] parts)
    {
        foreach (var part in parts)
            output.AddRange(part);
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static byte[] U16(int value)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)value);
        return b;
    }

    private static byte[] U32(uint value)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, value);
        return b;
    }
}
