using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Briefing.Snapshots.Tests.Support;

/// <summary>Runs pdftoppm directly, so PPM/PGM renderings can check the PNG decoder independently.</summary>
internal static class Poppler
{
    /// <summary>Renders the first page to raw netpbm (P6 RGB, or P5 when gray) and returns width, height and samples.</summary>
    public static (int Width, int Height, byte[] Samples) RenderNetpbm(byte[] pdf, int dpi, bool gray) =>
        ParseNetpbm(Render(pdf, dpi, gray, png: false));

    /// <summary>Renders the first page to PNG, in gray when asked (pdftoppm -gray -png).</summary>
    public static byte[] RenderPng(byte[] pdf, int dpi, bool gray) => Render(pdf, dpi, gray, png: true);

    private static byte[] Render(byte[] pdf, int dpi, bool gray, bool png)
    {
        using var folder = new TempFolder();
        var input = folder.File("in.pdf");
        File.WriteAllBytes(input, pdf);
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        var arguments = new List<string> { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", "1", "-singlefile" };
        if (png)
        {
            arguments.Add("-png");
        }

        if (gray)
        {
            arguments.Add("-gray");
        }

        arguments.Add(input);
        arguments.Add(folder.File("out"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using (var process = Process.Start(start)!)
        {
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }

        var extension = png ? "png" : gray ? "pgm" : "ppm";
        return File.ReadAllBytes(folder.File($"out.{extension}"));
    }

    private static (int, int, byte[]) ParseNetpbm(byte[] bytes)
    {
        // Header: magic, width, height, maxval separated by whitespace, then one whitespace byte and the samples.
        var fields = new List<string>();
        var position = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            fields.Add(Encoding.ASCII.GetString(bytes, start, position - start));
        }

        position++;
        Assert.Equal("255", fields[3]);
        return (int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture), bytes[position..]);
    }
}
