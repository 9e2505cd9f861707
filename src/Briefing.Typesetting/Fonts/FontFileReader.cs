using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Briefing.Typesetting.Fonts;

/// <summary>
/// Reads byte ranges of a font file by position, so that a face can be described from its small tables
/// without reading the megabytes of outlines a Korean font carries.
/// </summary>
internal sealed class FontFileReader : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly long _length;

    public FontFileReader(string path)
    {
        Path = path;
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        _length = RandomAccess.GetLength(_handle);
    }

    public string Path { get; }

    public long Length => _length;

    public byte[] Read(long offset, int length, string what)
    {
        if (offset < 0 || length < 0 || offset + length > _length)
            throw new UnsupportedFontException(Path, $"malformed file: the {what} lies outside the file");
        var buffer = new byte[length];
        int done = 0;
        while (done < length)
        {
            int n = RandomAccess.Read(_handle, buffer.AsSpan(done), offset + done);
            if (n <= 0)
                throw new UnsupportedFontException(Path, $"malformed file: the {what} is cut short");
            done += n;
        }
        return buffer;
    }

    public byte[] Read(TableRecord table, string tag) => Read(table.Offset, table.Length, $"'{tag}' table");

    /// <summary>
    /// The sfnt header: the signature (which kinds of font a caller accepts is its own decision) and the
    /// number of tables; throws for a file too short to hold one.
    /// </summary>
    public (uint Signature, int NumTables) ReadHeader()
    {
        if (_length < 12)
            throw new UnsupportedFontException(Path, "the file is too short to be a font");
        var header = Read(0, 12, "sfnt header");
        return (BinaryPrimitives.ReadUInt32BigEndian(header), BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4)));
    }

    /// <summary>
    /// The sfnt header of face <paramref name="index"/>: of the file itself, or for a collection ('ttcf',
    /// .ttc/.otc) of the face the collection header points to. Also gives where that header starts, which
    /// <see cref="ReadTableDirectory"/> needs (a collection's table offsets count from the file's start).
    /// </summary>
    public (uint Signature, int NumTables, long HeaderOffset) ReadFaceHeader(int index)
    {
        var (signature, numTables) = ReadHeader();
        if (signature != CollectionSignature)
        {
            if (index != 0)
                throw new UnsupportedFontException(Path, $"it holds one face, not face {index}");
            return (signature, numTables, 0);
        }
        int count = FaceCount();
        if ((uint)index >= (uint)count)
            throw new UnsupportedFontException(Path, $"the collection holds {count} faces, not face {index}");
        long offset = BinaryPrimitives.ReadUInt32BigEndian(Read(12 + 4L * index, 4, "collection's face offset"));
        var header = Read(offset, 12, "sfnt header");
        return (BinaryPrimitives.ReadUInt32BigEndian(header), BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4)), offset);
    }

    /// <summary>How many faces the file holds: a collection's count, else 1.</summary>
    public int FaceCount()
    {
        var header = Read(0, 12, "sfnt header");
        if (BinaryPrimitives.ReadUInt32BigEndian(header) != CollectionSignature)
            return 1;
        long count = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8));
        if (count is < 1 or > 4096 || 12 + 4 * count > _length)
            throw new UnsupportedFontException(Path, $"malformed collection header ({count} faces)");
        return (int)count;
    }

    private const uint CollectionSignature = 0x74746366; // 'ttcf'

    /// <summary>
    /// The table directory that follows the 12-byte sfnt header at <paramref name="headerOffset"/>, by tag
    /// (the first record wins when a tag repeats); throws when a table lies outside the file.
    /// </summary>
    public Dictionary<string, TableRecord> ReadTableDirectory(int numTables, long headerOffset = 0)
    {
        var directory = Read(headerOffset + 12, 16 * numTables, "table directory");
        var tables = new Dictionary<string, TableRecord>(numTables, StringComparer.Ordinal);
        for (int i = 0; i < numTables; i++)
        {
            var entry = directory.AsSpan(16 * i, 16);
            string tag = Encoding.Latin1.GetString(entry[..4]);
            long offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            long length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            if (offset + length > _length || length > int.MaxValue)
                throw new UnsupportedFontException(Path, $"malformed file: the '{tag}' table lies outside the file");
            tables.TryAdd(tag, new TableRecord(offset, (int)length));
        }
        return tables;
    }

    public void Dispose() => _handle.Dispose();
}
