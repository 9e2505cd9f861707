using System.IO.Compression;

namespace Briefing.Typesetting.Pdf.Syntax;

/// <summary>
/// zlib compression for PDF streams (FlateDecode). .NET's <see cref="ZLibStream"/> writes the Adler-32
/// checksum that strict readers such as <c>qpdf --check</c> insist on.
/// </summary>
internal static class Zlib
{
    /// <summary>
    /// The level for every compressed stream. Measured on the summit brief's Korean font subsets (97 KB of
    /// TrueType, best of 60): level 1 0.23 ms for 53.3 KB, level 2 0.75 ms for 46.7 KB, level 6 1.19 ms for
    /// 44.0 KB, level 9 2.0 ms for 43.6 KB. Level 1 for page content would have made the English brief 14 %
    /// larger. Level 6's cost is hidden instead by compressing on the thread pool while the document's
    /// other parts are written (EmbeddedFont, DocumentWriter).
    /// </summary>
    public const int Level = 6;

    /// <summary>Compresses <paramref name="data"/> into a new array.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true))
            zlib.Write(data);
        return output.ToArray();
    }
}
