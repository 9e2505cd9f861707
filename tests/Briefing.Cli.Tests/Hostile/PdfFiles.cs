using System.Diagnostics;

namespace Briefing.Cli.Tests.Hostile;

/// <summary>What a folder of rendered PDFs holds, and whether each is a sound PDF.</summary>
internal static class PdfFiles
{
    public static string[] Pdfs(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToArray() : [];

    /// <summary>Temporary files left behind (AtomicFile names them .&lt;name&gt;.&lt;pid&gt;.&lt;guid&gt;.tmp).</summary>
    public static string[] Leftovers(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories) : [];

    /// <summary><c>qpdf --check</c> on a file: its exit code and output.</summary>
    public static (int ExitCode, string Output) Qpdf(string file)
    {
        var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--check");
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    public static void AssertAllSound(string folder)
    {
        foreach (var pdf in Pdfs(folder))
        {
            var (exit, output) = Qpdf(pdf);
            Assert.True(exit == 0, $"{pdf}: qpdf exit {exit}\n{output}");
        }
    }
}
