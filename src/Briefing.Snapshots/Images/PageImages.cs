using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Briefing.Snapshots.Images;

/// <summary>
/// Renders PDF pages to PNG with poppler's pdftoppm, which is deterministic for a given PDF;
/// <see cref="PdftoppmMissingException"/> when it is not installed.
/// </summary>
public static class PageImages
{
    /// <summary>The executable this class runs, looked up on PATH.</summary>
    public const string Pdftoppm = "pdftoppm";

    /// <summary>True when <c>pdftoppm</c> can be started (it answers <c>-v</c>); check once before rendering many pages.</summary>
    public static bool IsAvailable(string executable = Pdftoppm)
    {
        ArgumentException.ThrowIfNullOrEmpty(executable);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-v");
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Renders every page of the PDF at the given resolution and returns one PNG per page, in page order.</summary>
    public static IReadOnlyList<byte[]> Render(string pdfPath, int dpi)
    {
        ArgumentException.ThrowIfNullOrEmpty(pdfPath);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dpi);
        if (!File.Exists(pdfPath))
        {
            throw new FileNotFoundException("No PDF to render.", pdfPath);
        }

        var folder = Directory.CreateTempSubdirectory("brief-pages-");
        try
        {
            RunPdftoppm(Path.GetFullPath(pdfPath), dpi, Path.Combine(folder.FullName, "page"));
            var files = folder.GetFiles("page-*.png");
            // pdftoppm pads the page number to the width of the page count: page-1.png or page-01.png.
            Array.Sort(files, (x, y) => PageNumber(x.Name).CompareTo(PageNumber(y.Name)));
            var pages = new byte[files.Length][];
            for (var i = 0; i < files.Length; i++)
            {
                pages[i] = File.ReadAllBytes(files[i].FullName);
            }

            return pages;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Renders PDF bytes; see <see cref="Render(string, int)"/>.</summary>
    public static IReadOnlyList<byte[]> Render(byte[] pdf, int dpi)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var path = Path.Combine(Path.GetTempPath(), $"brief-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return Render(path, dpi);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void RunPdftoppm(string pdfPath, int dpi, string outputPrefix)
    {
        var start = new ProcessStartInfo(Pdftoppm)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-r");
        start.ArgumentList.Add(dpi.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("-png");
        start.ArgumentList.Add(pdfPath);
        start.ArgumentList.Add(outputPrefix);

        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            // The one failure a user can fix themselves: say which package brings the tool.
            throw new PdftoppmMissingException(Pdftoppm, e);
        }

        using var process = started ?? throw new PdftoppmMissingException(Pdftoppm);
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftoppm failed with exit code {process.ExitCode}: {errors.Result.Trim()}");
        }
    }

    private static int PageNumber(string fileName)
    {
        var dash = fileName.LastIndexOf('-');
        var dot = fileName.LastIndexOf('.');
        return int.Parse(fileName.AsSpan(dash + 1, dot - dash - 1), CultureInfo.InvariantCulture);
    }
}
