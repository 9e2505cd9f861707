using System.Buffers.Binary;
using System.IO.Compression;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Pdf;

namespace Briefing.Typesetting.Tests.Pdf;

/// <summary>Hand-built display lists that exercise every command the PDF writer knows.</summary>
internal static class SamplePages
{
    public static readonly FakeFontFace Latin = new(FakeFontFace.NotoSans);
    public static readonly FakeFontFace Hangul = new(FakeFontFace.NanumGothic);

    public const string EnglishHeading = "Briefing note for the Prime Minister";
    public const string KoreanHeading = "대통령 보고 자료";
    public const string EnglishBody = "Canada and Korea signed the agreement.";
    public const string KoreanBody = "한국과 캐나다는 협정에 서명하였음";
    public const string LinkText = "Read the statement";
    public const string Url = "https://www.example.org/statement";

    public static DocumentMetadata Metadata(string title = "Sample brief") => new()
    {
        Title = title,
        Author = "Test Author",
        Subject = "PDF writer tests",
        Keywords = "brief, test",
        Creator = "tests",
        Language = "ko-KR",
        CreationDate = new DateTimeOffset(2025, 10, 30, 9, 15, 0, TimeSpan.FromHours(9)),
    };

    public static TextRun Run(string text, FakeFontFace face, double size = 11, bool underline = false) =>
        new(text, face, size, Color.Black, text.Length * size * 0.5, underline);

    /// <summary>Two A4 pages of Korean and English with headings, a list, a table, a figure, links and bookmarks.</summary>
    public static IReadOnlyList<PageRecording> TwoPages(string extra = "")
    {
        var page1 = new List<DrawCommand>
        {
            new DrawCommand.BeginArtifact(),
            new DrawCommand.Text(Run("UNCLASSIFIED", Latin, 8), new Point(260, 30)),
            new DrawCommand.Line(new Point(50, 36), new Point(545, 36), Color.Black, 0.5),
            new DrawCommand.EndArtifact(),
            new DrawCommand.OutlineEntry(EnglishHeading, 1, new Point(50, 60)),
            new DrawCommand.Destination("top", new Point(50, 60)),
            new DrawCommand.BeginTag(StructureRole.H1, null),
            new DrawCommand.Text(Run(EnglishHeading, Latin, 16), new Point(50, 80)),
            new DrawCommand.EndTag(),
            new DrawCommand.OutlineEntry(KoreanHeading, 2, new Point(50, 100)),
            new DrawCommand.BeginTag(StructureRole.H2, null),
            new DrawCommand.Text(Run(KoreanHeading, Hangul, 14), new Point(50, 120)),
            new DrawCommand.EndTag(),
            new DrawCommand.BeginTag(StructureRole.P, null),
            new DrawCommand.Text(Run(EnglishBody + extra, Latin), new Point(50, 150)),
            new DrawCommand.Text(Run(KoreanBody, Hangul), new Point(50, 166)),
            new DrawCommand.BeginTag(StructureRole.Link, null),
            new DrawCommand.Text(Run(LinkText, Latin, 11, underline: true), new Point(50, 182)),
            new DrawCommand.Link(new Rect(50, 172, 100, 14), new LinkTarget.External(Url)),
            new DrawCommand.EndTag(),
            new DrawCommand.EndTag(),
            new DrawCommand.BeginTag(StructureRole.L, null),
            new DrawCommand.BeginTag(StructureRole.LI, null),
            new DrawCommand.BeginTag(StructureRole.Lbl, null),
            new DrawCommand.Text(Run("□", Hangul), new Point(50, 210)),
            new DrawCommand.EndTag(),
            new DrawCommand.BeginTag(StructureRole.LBody, null),
            new DrawCommand.Text(Run("첫째 항목", Hangul), new Point(66, 210)),
            new DrawCommand.EndTag(),
            new DrawCommand.EndTag(),
            new DrawCommand.EndTag(),
            new DrawCommand.BeginTag(StructureRole.Table, null),
            new DrawCommand.BeginTag(StructureRole.TR, null),
            new DrawCommand.BeginTag(StructureRole.TH, null),
            new DrawCommand.FillRectangle(new Rect(50, 230, 120, 20), new Color(220, 220, 220)),
            new DrawCommand.Text(Run("Item", Latin), new Point(54, 244)),
            new DrawCommand.EndTag(),
            new DrawCommand.BeginTag(StructureRole.TD, null),
            new DrawCommand.StrokeRectangle(new Rect(170, 230, 120, 20), Color.Black, 0.5),
            new DrawCommand.Text(Run("항목", Hangul), new Point(174, 244)),
            new DrawCommand.EndTag(),
            new DrawCommand.EndTag(),
            new DrawCommand.EndTag(),
            new DrawCommand.BeginTag(StructureRole.Figure, "A grey square"),
            new DrawCommand.Image(TinyPng(), new Rect(50, 270, 40, 40)),
            new DrawCommand.EndTag(),
            // A section that continues on the next page.
            new DrawCommand.BeginTag(StructureRole.Sect, null),
            new DrawCommand.BeginTag(StructureRole.P, null),
            new DrawCommand.Text(Run("Continued", Latin), new Point(50, 800)),
            new DrawCommand.EndTag(),
        };
        var page2 = new List<DrawCommand>
        {
            new DrawCommand.BeginArtifact(),
            new DrawCommand.Text(Run("2 / 2 쪽", Hangul, 8), new Point(280, 770)),
            new DrawCommand.EndArtifact(),
            new DrawCommand.OutlineEntry("Background", 1, new Point(50, 60)),
            new DrawCommand.BeginTag(StructureRole.P, null),
            new DrawCommand.Text(Run("계속되는 문단입니다", Hangul), new Point(50, 80)),
            new DrawCommand.EndTag(),
            new DrawCommand.EndTag(),
            new DrawCommand.BeginTag(StructureRole.Link, null),
            new DrawCommand.Text(Run("Back to top", Latin), new Point(50, 110)),
            new DrawCommand.Link(new Rect(50, 100, 80, 14), new LinkTarget.Internal("top")),
            new DrawCommand.EndTag(),
            new DrawCommand.Link(new Rect(50, 120, 80, 14), new LinkTarget.External("mailto:press@example.org")),
            new DrawCommand.Text(Run("Untagged text", Latin), new Point(50, 150)),
        };
        return [new PageRecording(Size.A4, page1), new PageRecording(Size.Letter, page2)];
    }

    /// <summary>A 2×2 grey PNG, encoded by hand so the tests need no image library.</summary>
    public static byte[] TinyPng()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 2);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 2);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        WriteChunk(png, "IHDR", header);
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write([0, 128, 128, 128, 64, 64, 64]);
            z.Write([0, 64, 64, 64, 128, 128, 128]);
        }
        WriteChunk(png, "IDAT", raw.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream s, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        s.Write(word);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        var crc = System.IO.Hashing.Crc32.HashToUInt32([.. typeBytes, .. data]);
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        s.Write(word);
    }
}
