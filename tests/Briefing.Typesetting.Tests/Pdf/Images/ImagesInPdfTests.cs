using System.Diagnostics;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Support;

namespace Briefing.Typesetting.Tests.Pdf.Images;

/// <summary>Images end to end: written by the PDF writer, drawn by poppler.</summary>
public class ImagesInPdfTests
{
    [Fact]
    public void A_png_with_alpha_is_drawn_through_its_soft_mask()
    {
        // Given a 2×1 RGBA PNG: an opaque red pixel and a fully transparent blue one, drawn 100×50 pt
        var png = new TestPng(2, 1, 6, 8, false, [255, 0, 0, 255, 0, 0, 255, 0]).Encode();
        var pdf = new PdfDocumentWriter().Write(
            [new PageRecording(new Size(100, 50), [
                new DrawCommand.BeginTag(StructureRole.Figure, "red and nothing"),
                new DrawCommand.Image(png, new Rect(0, 0, 100, 50)),
                new DrawCommand.EndTag(),
            ])],
            SamplePages.Metadata());

        // When poppler renders the page at 72 dpi
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
        var pixels = RenderPpm(pdf);

        // Then the left half is red and the right half shows the white page through the transparent pixel
        Assert.Equal((255, 0, 0), pixels(25, 25));
        Assert.Equal((255, 255, 255), pixels(75, 25));
    }

    [Fact]
    public void An_image_drawn_on_two_pages_is_written_once()
    {
        var png = new TestPng(1, 1, 2, 8, false, [10, 20, 30]).Encode();
        var page = new DrawCommand[] { new DrawCommand.Image(png, new Rect(10, 10, 20, 20)) };

        var pdf = new PdfDocumentWriter().Write(
            [new PageRecording(Size.A4, page), new PageRecording(Size.A4, page)], SamplePages.Metadata());

        var images = PdfStreams.All(pdf).Count(s => s.Dictionary.Contains("/Subtype/Image", StringComparison.Ordinal));
        Assert.Equal(1, images);
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }

    /// <summary>Renders page 1 with pdftoppm as PPM and returns a pixel reader (x, y in pixels = points).</summary>
    private static Func<int, int, (int R, int G, int B)> RenderPpm(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo("pdftoppm", ["-r", "72", "-f", "1", "-l", "1", file])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            var ppm = output.ToArray();

            // P6 header: "P6\n<w> <h>\n255\n", then RGB bytes.
            var fields = new List<string>();
            var at = 0;
            while (fields.Count < 4)
            {
                while (char.IsWhiteSpace((char)ppm[at]))
                    at++;
                var begin = at;
                while (!char.IsWhiteSpace((char)ppm[at]))
                    at++;
                fields.Add(System.Text.Encoding.ASCII.GetString(ppm, begin, at - begin));
            }
            at++;
            Assert.Equal("P6", fields[0]);
            var width = int.Parse(fields[1]);
            var data = ppm[at..];
            return (x, y) =>
            {
                var i = (y * width + x) * 3;
                return (data[i], data[i + 1], data[i + 2]);
            };
        }
        finally
        {
            File.Delete(file);
        }
    }
}
