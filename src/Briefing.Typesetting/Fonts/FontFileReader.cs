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
    /// The table directory that follows the 12-byte sfnt header, by tag (the first record wins when a tag
    /// repeats); throws when a table lies outside the file.
    /// </summary>
    public Dictionary<string, TableRecord> ReadTableDirectory(int numTables)
    {
        var directory = Read(12, 16 * numTables, "table directory");
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
