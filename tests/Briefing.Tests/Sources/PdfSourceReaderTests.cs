using System.IO.Compression;
using System.Text;
using Briefing.Sources;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Pdf.Attachments;
using CsCheck;

namespace Briefing.Tests.Sources;

/// <summary>The reader of sources inside PDFs: byte-for-byte results, and a diagnostic, never an exception, for bad files.</summary>
public sealed class PdfSourceReaderTests
{
    private static readonly byte[] Other = Encoding.UTF8.GetBytes("a: b\n");

    private static readonly byte[] Yaml = Encoding.UTF8.GetBytes("format: brief/1\nid: tiny\n# 한국어\n");

    private static byte[] Pdf(params FileAttachment[] attachments) =>
        new PdfDocumentWriter().Write([new PageRecording(Briefing.Typesetting.Geometry.Size.A4, [])], new DocumentMetadata { Attachments = attachments });

    private static FileAttachment Source(string name, byte[] data, AttachmentRelationship relationship = AttachmentRelationship.Source) =>
        new() { Name = name, Data = data, MimeType = "application/yaml", Relationship = relationship };

    [Fact]
    public void The_source_comes_back_byte_for_byte()
    {
        var result = new PdfSourceReader().Read(Pdf(Source("tiny.yaml", Yaml)), "x.pdf");

        Assert.Empty(result.Diagnostics);
        var source = Assert.Single(result.Sources);
        Assert.Equal("tiny.yaml", source.Name);
        Assert.Equal(Yaml, source.Bytes);
        Assert.True(source.IsBrief);
        Assert.Equal("x.pdf#tiny.yaml", source.DisplayPath("x.pdf"));
    }

    [Fact]
    public void A_changed_source_is_refused_for_its_checksum()
    {
        var tampered = Tamper(Pdf(Source("tiny.yaml", Yaml)), Encoding.UTF8.GetBytes("format: brief/1\nid: evil\n# 한국어\n"));

        var result = new PdfSourceReader().Read(tampered, "x.pdf");

        Assert.Empty(result.Sources);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BRF072", diagnostic.Code);
        Assert.Equal("x.pdf#tiny.yaml:1:1: error BRF072: the embedded source does not match its SHA-256 checksum: it was changed after it was embedded", diagnostic.ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_or_is_cut_short_is_a_diagnostic()
    {
        var reader = new PdfSourceReader();
        var pdf = Pdf(Source("tiny.yaml", Yaml));

        Assert.Equal("BRF070", Assert.Single(reader.Read(Encoding.ASCII.GetBytes("format: brief/1\n"), "x.pdf").Diagnostics).Code);
        Assert.Equal("BRF070", Assert.Single(reader.Read(pdf[..(pdf.Length / 2)], "x.pdf").Diagnostics).Code);
    }

    [Fact]
    public void A_pdf_without_a_source_says_so_and_other_attachments_are_not_sources()
    {
        var reader = new PdfSourceReader();

        Assert.Equal("BRF071", Assert.Single(reader.Read(Pdf(), "x.pdf").Diagnostics).Code);
        Assert.Equal("BRF071", Assert.Single(reader.Read(Pdf(Source("data.yaml", Yaml, AttachmentRelationship.Data)), "x.pdf").Diagnostics).Code);
    }

    [Fact]
    public void A_compressed_bomb_stops_at_the_limit()
    {
        var zeros = new byte[4 * 1024 * 1024]; // compresses to a few kilobytes
        var reader = new PdfSourceReader(new PdfSourceLimits { MaxFileBytes = 64 * 1024 });

        var result = reader.Read(Pdf(Source("big.yaml", zeros)), "x.pdf");

        Assert.Empty(result.Sources);
        Assert.Equal("BRF073", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Names_that_are_not_plain_file_names_are_refused()
    {
        foreach (var name in new[] { "..", "bell\u0007.yaml", "evil\u202Elmay.yaml", "c:x.yaml" })
        {
            var result = new PdfSourceReader().Read(Pdf(Source(name, Yaml)), "x.pdf");

            Assert.Empty(result.Sources);
            Assert.Equal("BRF070", Assert.Single(result.Diagnostics).Code);
        }
    }

    [Fact]
    public void A_pdf_over_the_size_limit_is_refused_before_parsing()
    {
        var pdf = Pdf(Source("tiny.yaml", Yaml));

        var result = new PdfSourceReader(new PdfSourceLimits { MaxPdfBytes = pdf.Length - 1 }).Read(pdf, "x.pdf");

        Assert.Contains("the limit is", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Damaged_pdfs_give_diagnostics_never_exceptions()
    {
        var pdf = Pdf(Source("tiny.yaml", Yaml), Source("other.yaml", Other));
        var reader = new PdfSourceReader();
        Gen.Select(Gen.Int[0, pdf.Length - 1], Gen.Byte, Gen.Int[0, 3]).Sample((at, value, kind) =>
        {
            var bytes = kind switch
            {
                0 => Flip(pdf, at, value),
                1 => pdf[..at],
                2 => [.. pdf[..at], .. pdf[Math.Min(pdf.Length, at + 64)..]],
                _ => [.. pdf[..at], .. Enumerable.Repeat(value, 200), .. pdf[at..]],
            };
            var result = reader.Read(bytes, "x.pdf");
            Assert.True(result.Sources.Count > 0 || result.Diagnostics.Count > 0);
            // Whatever survives is exactly what was embedded: the checksums cover the bytes (a damaged name,
            // which no checksum covers, is still a plain file name or refused).
            Assert.All(result.Sources, s => Assert.True(s.Bytes.AsSpan().SequenceEqual(Yaml) || s.Bytes.AsSpan().SequenceEqual(Other)));
        }, iter: 1000);
    }

    private static byte[] Flip(byte[] pdf, int at, byte value)
    {
        var copy = (byte[])pdf.Clone();
        copy[at] ^= (byte)(value | 1);
        return copy;
    }

    /// <summary>The PDF with its (only) embedded file's data replaced by <paramref name="data"/> of the same length, /Length kept true.</summary>
    private static byte[] Tamper(byte[] pdf, byte[] data)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var dictionary = text.IndexOf("/Type/EmbeddedFile", StringComparison.Ordinal);
        var start = text.IndexOf("stream\n", dictionary, StringComparison.Ordinal) + "stream\n".Length;
        var end = text.IndexOf("\nendstream", start, StringComparison.Ordinal);
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        // The stream keeps its length, so /Length and the cross-reference offsets stay true: the compressed
        // data is padded (zlib ignores what follows its end), as an editor that patches bytes in place would.
        var compressed = buffer.ToArray();
        Assert.True(compressed.Length <= end - start, "the tampered data does not fit");
        var padded = new byte[end - start];
        compressed.CopyTo(padded, 0);
        Array.Fill(padded, (byte)' ', compressed.Length, padded.Length - compressed.Length);
        return [.. pdf[..start], .. padded, .. pdf[end..]];
    }
}
