using System.Diagnostics;

namespace Briefing.Typesetting.Tests.Support;

/// <summary>Runs the command-line PDF tools (qpdf, poppler) on PDF bytes, for tests.</summary>
public static class PdfTools
{
    /// <summary>The result of one tool run.</summary>
    public sealed record ToolResult(int ExitCode, string Output, string Error);

    /// <summary><c>qpdf --check</c>: exit 0 and no warnings means a structurally sound file.</summary>
    public static ToolResult QpdfCheck(byte[] pdf) => RunOnFile(pdf, "qpdf", "--check");

    /// <summary>Asserts that <c>qpdf --check</c> exits 0 and finds no errors and no warnings.</summary>
    public static void AssertQpdfClean(byte[] pdf)
    {
        var result = QpdfCheck(pdf);

        Xunit.Assert.Equal(0, result.ExitCode);
        Xunit.Assert.Contains("No syntax or stream encoding errors", result.Output);
        Xunit.Assert.DoesNotContain("WARNING", result.Output + result.Error, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><c>pdffonts</c>: the font table (name, type, emb, sub, uni).</summary>
    public static ToolResult PdfFonts(byte[] pdf) => RunOnFile(pdf, "pdffonts");

    /// <summary><c>pdftotext</c>: the plain text of all pages, UTF-8.</summary>
    public static string PdfToText(byte[] pdf) => RunOnFile(pdf, "pdftotext", "-enc", "UTF-8", "{file}", "-").Output;

    /// <summary><c>pdfinfo</c>: document information (Tagged, Pages, Title...).</summary>
    public static ToolResult PdfInfo(byte[] pdf, params string[] options) => RunOnFile(pdf, "pdfinfo", options);

    /// <summary>The value of one <c>pdfinfo</c> field, e.g. "Tagged", or null when missing.</summary>
    public static string? PdfInfoField(byte[] pdf, string field)
    {
        foreach (var line in PdfInfo(pdf).Output.Split('\n'))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
                return line[(field.Length + 1)..].Trim();
        }
        return null;
    }

    /// <summary>Runs a tool with the PDF in a temporary file; "{file}" in the arguments marks where it goes (else last).</summary>
    public static ToolResult RunOnFile(byte[] pdf, string tool, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefing-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var info = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            var placed = false;
            foreach (var argument in arguments)
            {
                if (argument == "{file}")
                {
                    info.ArgumentList.Add(path);
                    placed = true;
                }
                else
                {
                    info.ArgumentList.Add(argument);
                }
            }
            if (!placed)
                info.ArgumentList.Add(path);
            using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {tool}.");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new ToolResult(process.ExitCode, stdout, stderr.Result);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
