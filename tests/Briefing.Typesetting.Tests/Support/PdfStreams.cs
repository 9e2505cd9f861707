using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Typesetting.Tests.Support;

/// <summary>Finds the streams in a PDF by a plain byte scan and checks their zlib encoding strictly.</summary>
public static partial class PdfStreams
{
    /// <summary>One stream: its dictionary text and its raw (still encoded) data.</summary>
    public sealed record RawStream(string Dictionary, byte[] Data)
    {
        /// <summary>Whether the outermost filter is FlateDecode.</summary>
        public bool IsFlate => FlateFilter().IsMatch(Dictionary);
    }

    /// <summary>Every stream in the file, found from each "stream" keyword and its direct /Length.</summary>
    public static IReadOnlyList<RawStream> All(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var streams = new List<RawStream>();
        foreach (Match m in StreamStart().Matches(text))
        {
            var objStart = text.LastIndexOf(" obj", m.Index, StringComparison.Ordinal);
            var dictionary = text[objStart..m.Index];
            var length = LengthEntry().Match(dictionary);
            if (!length.Success)
                throw new InvalidDataException($"Stream at {m.Index} has no direct /Length: {dictionary}");
            var dataStart = m.Index + m.Length;
            var dataLength = int.Parse(length.Groups[1].Value);
            if (!text.AsSpan(dataStart + dataLength).TrimStart("\r\n").StartsWith("endstream"))
                throw new InvalidDataException($"Stream at {m.Index}: /Length {dataLength} does not reach endstream.");
            streams.Add(new RawStream(dictionary, pdf.AsSpan(dataStart, dataLength).ToArray()));
        }
        var endstreams = Regex.Count(text, "endstream");
        if (endstreams != streams.Count)
            throw new InvalidDataException($"Found {streams.Count} streams but {endstreams} endstream keywords.");
        return streams;
    }

    /// <summary>
    /// Decodes zlib data strictly: header check, inflate, and the trailing Adler-32 compared by hand
    /// (so a missing or wrong checksum fails whatever the runtime's inflater tolerates).
    /// </summary>
    public static byte[] DecodeZlibStrict(byte[] data)
    {
        if (data.Length < 6)
            throw new InvalidDataException("Too short for zlib.");
        if ((data[0] & 0x0F) != 8 || ((data[0] << 8) | data[1]) % 31 != 0)
            throw new InvalidDataException("Bad zlib header.");
        using var input = new MemoryStream(data);
        using var z = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        z.CopyTo(output);
        var decoded = output.ToArray();
        var expected = (uint)(data[^4] << 24 | data[^3] << 16 | data[^2] << 8 | data[^1]);
        if (Adler32(decoded) != expected)
            throw new InvalidDataException("Missing or wrong Adler-32 checksum.");
        return decoded;
    }

    /// <summary>The Adler-32 checksum (RFC 1950).</summary>
    public static uint Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    [GeneratedRegex(@"\bstream\r?\n")]
    private static partial Regex StreamStart();

    [GeneratedRegex(@"/Length\s+(\d+)(?!\s+\d+\s+R)")]
    private static partial Regex LengthEntry();

    [GeneratedRegex(@"/Filter\s*\[?\s*/FlateDecode\b")]
    private static partial Regex FlateFilter();
}
