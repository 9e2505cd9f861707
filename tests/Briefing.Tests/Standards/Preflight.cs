using System.Diagnostics;
using System.Xml.Linq;

namespace Briefing.Tests.Standards;

/// <summary>
/// Runs Apache PDFBox Preflight 2.0.27 (Debian's libpdfbox2-java, installed by .ci/setup), a PDF/A-1b
/// validator, on many PDFs in one Java process (its "group" mode): each JVM start costs seconds on a
/// shared machine.
/// </summary>
internal static class Preflight
{
    private const string JarFolder = "/usr/share/java";

    // Preflight with PDFBox, FontBox and XmpBox, and what they need on Java 17 (JAXB, activation, logging).
    private static readonly string[] Jars =
        ["preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar", "commons-logging.jar", "javax.activation.jar", "jaxb-api.jar"];

    /// <summary>What Preflight said of one file: valid or not, and its errors ("code: details").</summary>
    public sealed record Verdict(bool Valid, IReadOnlyList<string> Errors);

    /// <summary>Validates the PDFs (names must be unique file names) and returns the verdict per name.</summary>
    public static IReadOnlyDictionary<string, Verdict> Validate(IReadOnlyDictionary<string, byte[]> pdfs)
    {
        foreach (var jar in Jars)
        {
            if (!File.Exists(Path.Combine(JarFolder, jar)))
                throw new InvalidOperationException($"{Path.Combine(JarFolder, jar)} is missing: run .ci/setup (it installs libpdfbox2-java).");
        }
        var folder = Path.Combine(Path.GetTempPath(), $"briefing-preflight-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var list = Path.Combine(folder, "files.txt");
            var paths = new List<string>();
            foreach (var (name, pdf) in pdfs)
            {
                var path = Path.Combine(folder, name);
                File.WriteAllBytes(path, pdf);
                paths.Add(path);
            }
            File.WriteAllLines(list, paths);

            var info = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add("-cp");
            info.ArgumentList.Add(string.Join(':', Jars.Select(j => Path.Combine(JarFolder, j))));
            info.ArgumentList.Add("org.apache.pdfbox.preflight.Validator_A1b");
            info.ArgumentList.Add("xml");
            info.ArgumentList.Add("group");
            info.ArgumentList.Add(list);
            using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start java.");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var report = list + ".preflight.xml";
            if (!File.Exists(report))
                throw new InvalidOperationException($"Preflight wrote no report (exit {process.ExitCode}): {output} {error.Result}");

            var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
            foreach (var preflight in XDocument.Load(report).Root!.Elements("preflight"))
            {
                var name = (string)preflight.Attribute("name")!;
                var valid = (string?)preflight.Element("isValid") == "true";
                var errors = preflight.Element("errors")?.Elements("error")
                    .Select(e => $"{(string?)e.Element("code")}: {(string?)e.Element("details")}").ToList() ?? [];
                verdicts[name] = new Verdict(valid, errors);
            }
            return verdicts;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
