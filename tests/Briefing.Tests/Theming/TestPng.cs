using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Briefing.Tests.Theming;

/// <summary>A small RGB PNG made in code (a test logo: a navy disc with a gold bar on white), so no image file is committed.</summary>
internal static class TestPng
{
    public static byte[] Logo(int size = 96)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < size; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < size; x++)
            {
                double dx = x - size / 2.0, dy = y - size / 2.0;
                var inDisc = dx * dx + dy * dy < size * size / 4.4;
                var inBar = inDisc && Math.Abs(dy) < size / 10.0;
                var (r, g, b) = inBar ? (0xd4, 0xa0, 0x17) : inDisc ? (0x1f, 0x3a, 0x5f) : (0xff, 0xff, 0xff);
                raw.WriteByte((byte)r);
                raw.WriteByte((byte)g);
                raw.WriteByte((byte)b);
            }
        }

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            z.Write(raw.ToArray());
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
