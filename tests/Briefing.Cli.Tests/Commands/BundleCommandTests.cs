using System.Text;
using Briefing.Cli.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Briefing.Cli.Tests.Commands;

/// <summary><c>brief bundle</c>: cover, contents with true page numbers, chapters under their own bookmarks, every source.</summary>
public sealed class BundleCommandTests
{
    private static string Secret(string id) => Briefs.Tiny(id).Replace("classification: unclassified", "classification: secret", StringComparison.Ordinal);

    [Fact]
    public void A_bundle_has_a_cover_contents_that_point_at_the_chapters_and_every_source()
    {
        using var temp = new TempFolder();
        var tiny = temp.Write("b/tiny.yaml", Secret("tiny"));
        var report = temp.File("report.ko.pdf");

        var run = BriefProcess.Run("bundle", Briefs.Summit, tiny, "--lang", "ko", "--title", "정상외교 참고자료", "-o", report);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(report, Assert.Single(run.OutLines));
        var bytes = File.ReadAllBytes(report);
        Assert.Equal(0, PdfToolsRun("qpdf", "--check", report).ExitCode);
        using var document = PdfDocument.Open(bytes);
        var pages = document.GetPages().Select(p => p.Text).ToList();

        // The cover: title, and the highest classification of the parts (secret is Ⅱ급비밀 in Korean).
        Assert.Contains("정상외교 참고자료", pages[0]);
        Assert.Contains("Ⅱ급비밀", pages[0]);
        // The contents name each chapter with the page it starts on, and that page holds its title block.
        Assert.Contains("목차", pages[1]);
        var summitStart = 3;
        var tinyStart = pages.FindIndex(2, p => p.Contains("제목", StringComparison.Ordinal)) + 1;
        Assert.True(tinyStart > summitStart, $"the second chapter starts on page {tinyStart}");
        Assert.Contains("한-캐나다 정상회담", pages[summitStart - 1]);
        var contents = PdfToolsRun("pdftotext", "-f", "2", "-l", "2", "-layout", report, "-").Output.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(contents, l => l.StartsWith("1.", StringComparison.Ordinal) && l.Contains("한-캐나다 정상회담", StringComparison.Ordinal) && l.EndsWith($" {summitStart}", StringComparison.Ordinal));
        Assert.Contains(contents, l => l.StartsWith("2.", StringComparison.Ordinal) && l.Contains("제목", StringComparison.Ordinal) && l.EndsWith($" {tinyStart}", StringComparison.Ordinal));
        // Page numbers run through: the last page says N / N.
        Assert.Contains($"{pages.Count} / {pages.Count} 쪽", pages[^1]);

        // Bookmarks: the cover, the contents, then one per brief with its sections under it.
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var top = bookmarks.Roots.Select(b => b.Title).ToList();
        Assert.Equal(["정상외교 참고자료", "목차", "한-캐나다 정상회담", "제목"], top);
        Assert.Contains(bookmarks.Roots[2].Children, b => b.Title == "1. 요약");
        Assert.Equal(pages.Count, document.NumberOfPages);

        // Every brief's source, byte for byte.
        Assert.True(document.Advanced.TryGetEmbeddedFiles(out var files));
        Assert.Equal(["2025-10-30-korea-canada-summit.yaml", "tiny.yaml"], files.Select(f => f.Name).Order(StringComparer.Ordinal));
        var extract = BriefProcess.Run("extract", report, "-o", temp.File("sources"));
        Assert.True(extract.ExitCode == 0, extract.ToString());
        Assert.Equal(File.ReadAllBytes(Briefs.Summit), File.ReadAllBytes(temp.File("sources/2025-10-30-korea-canada-summit.yaml")));
        Assert.Equal(File.ReadAllBytes(tiny), File.ReadAllBytes(temp.File("sources/tiny.yaml")));

        // The same input gives the same bytes.
        var again = BriefProcess.Run("bundle", Briefs.Summit, tiny, "--lang", "ko", "--title", "정상외교 참고자료", "-o", temp.File("again.pdf"));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(temp.File("again.pdf")));
    }

    [Fact]
    public void A_brief_without_the_language_writes_no_report_and_removes_an_outdated_one()
    {
        using var temp = new TempFolder();
        var english = temp.Write("en.yaml", Briefs.EnglishOnly());
        var report = temp.Write("report.ko.pdf", "%PDF-outdated");

        var run = BriefProcess.Run("bundle", Briefs.Summit, english, "--lang", "ko", "-o", report);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{english}: error BRF901:", run.Error);
        Assert.False(File.Exists(report));
    }

    private static (int ExitCode, string Output) PdfToolsRun(string tool, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
