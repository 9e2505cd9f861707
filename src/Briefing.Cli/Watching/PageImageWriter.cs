using System.ComponentModel;
using System.Diagnostics;
using Briefing.Cli.Files;
using Briefing.Cli.Output;
using Briefing.Cli.Rendering;
using Briefing.Cli.Resources;

namespace Briefing.Cli.Watching;

/// <summary>
/// Writes a PDF's pages as PNG images beside it with poppler's <c>pdftoppm</c>: <c>x.ko.pdf</c> gives
/// <c>x.ko-1.png</c>, <c>x.ko-2.png</c>... The images are made in a temporary folder and then moved in,
/// and images of pages the new PDF no longer has are removed. Without <c>pdftoppm</c> it says so once.
/// </summary>
internal sealed class PageImageWriter
{
    private bool _missingReported;

    /// <summary>Writes the page images of <paramref name="pdf"/>; problems are reported on <paramref name="error"/>.</summary>
    public void Write(string pdf, TextWriter error)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(pdf))!;
        var stem = Path.GetFileNameWithoutExtension(pdf);
        var temp = Path.Combine(folder, $".{stem}.png.{Environment.ProcessId}.{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(temp);
            var start = new ProcessStartInfo("pdftoppm") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-png", "-r", "96", pdf, Path.Combine(temp, "p") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                error.WriteLine(CliDiagnostic.Error(pdf, RenderCodes.WriteFailed, Text.Format(Messages.WatchPngFailed, CliDiagnostic.OneLine(stderr.Result))));
                return;
            }

            // pdftoppm numbers p-1.png or p-01.png depending on the page count; the number is what counts.
            var pages = Directory.GetFiles(temp, "p-*.png")
                .Select(f => (File: f, Page: int.Parse(Path.GetFileNameWithoutExtension(f)[2..], System.Globalization.CultureInfo.InvariantCulture)))
                .OrderBy(p => p.Page)
                .ToList();
            foreach (var old in Directory.GetFiles(folder, stem + "-*.png"))
            {
                AtomicFile.TryDelete(old);
            }

            foreach (var (file, page) in pages)
            {
                File.Move(file, Path.Combine(folder, $"{stem}-{page}.png"), overwrite: true);
            }
        }
        catch (Win32Exception)
        {
            if (!_missingReported)
            {
                _missingReported = true;
                error.WriteLine(Messages.WatchPngMissing);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(CliDiagnostic.Error(pdf, RenderCodes.WriteFailed, Text.Format(Messages.WatchPngFailed, e.Message)));
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
