using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Writer;

namespace Briefing.Snapshots.Tests.Support;

/// <summary>Small PDFs built with PdfPig's writer, so the tests do not depend on the engine under test.</summary>
internal static class TestPdfs
{
    public const string NanumGothic = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf";

    /// <summary>Two A4 pages of Helvetica text with a title, a web link, an internal link and an outline.</summary>
    public static byte[] TwoPages(string secondWord = "quick")
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = "Snapshot sample";
        builder.DocumentInformation.Producer = "Briefing.Snapshots.Tests";
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);

        var first = builder.AddPage(PageSize.A4);
        first.AddText("Hello world", 18, new PdfPoint(72, 770), font);
        first.AddText($"The {secondWord} brown fox jumps", 12, new PdfPoint(72, 740), font);
        first.AddText("over the lazy dog.", 12, new PdfPoint(72, 725), font);
        first.AddLink("https://example.org/brief", new PdfRectangle(72, 720, 180, 736));
        first.AddLink(Destination(2), new PdfRectangle(72, 700, 150, 712));

        var second = builder.AddPage(PageSize.A4);
        second.AddText("Second page", 12, new PdfPoint(100, 800), font);
        second.AddText("left", 10, new PdfPoint(72, 600), font);
        second.AddText("right", 10, new PdfPoint(300, 600), font);

        builder.Bookmarks = new Bookmarks(
        [
            new DocumentBookmarkNode("Hello", 0, Destination(1),
            [
                new DocumentBookmarkNode("Fox", 1, Destination(1), []),
            ]),
            new DocumentBookmarkNode("Second", 0, Destination(2), []),
        ]);
        return builder.Build();
    }

    /// <summary>One A4 page of Korean text in NanumGothic (embedded TrueType).</summary>
    public static byte[] Korean(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(NanumGothic));
        var page = builder.AddPage(PageSize.A4);
        page.AddText(text, 14, new PdfPoint(72, 770), font);
        return builder.Build();
    }

    /// <summary>A small page with a filled black rectangle whose left edge is at <paramref name="left"/> points.</summary>
    public static byte[] Rectangle(double left)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(200, 200);
        page.DrawRectangle(new PdfPoint(left, 80), 60, 40, 1, fill: true);
        return builder.Build();
    }

    private static ExplicitDestination Destination(int page) =>
        new(page, ExplicitDestinationType.XyzCoordinates, new ExplicitDestinationCoordinates(0, 842));
}
