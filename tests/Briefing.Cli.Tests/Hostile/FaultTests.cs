using System.Text.RegularExpressions;
using Briefing.Cli.Files;
using Briefing.Cli.Tests.Infrastructure;
using Briefing.Typesetting.Fonts;

namespace Briefing.Cli.Tests.Hostile;

/// <summary>
/// Faults around a render, end to end with the real command: each gives a clear message and a non-zero
/// exit, leaves no partial or stale PDF and no temporary file, and leaves the PDFs already written intact.
/// </summary>
public sealed class FaultTests
{
    private static string[] Batch(TempFolder temp, int count)
    {
        var files = new string[count];
        for (var i = 0; i < count; i++)
        {
            files[i] = temp.Write($"in/brief-{i:D2}.yaml", Briefs.Tiny($"brief-{i:D2}"));
        }

        return files;
    }

    [Fact]
    public void A_missing_output_folder_is_created_with_its_parents()
    {
        using var temp = new TempFolder();
        var output = temp.File("a/b/c");

        var run = BriefProcess.Run("render", temp.Write("x.yaml", Briefs.Tiny("x")), "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, PdfFiles.Pdfs(output).Length);
        PdfFiles.AssertAllSound(output);
    }

    [Theory]
    [InlineData("file-as-parent")]
    [InlineData("/proc/brief-cannot-write-here")]
    public void An_output_folder_that_cannot_be_made_or_written_is_a_clear_error_and_writes_nothing(string where)
    {
        // Given a folder under a regular file, or under /proc (where even root cannot create files)
        using var temp = new TempFolder();
        var output = where.StartsWith('/') ? where : Path.Combine(temp.Write("blocker", "a file"), "out");

        // When
        var run = BriefProcess.Run("render", temp.Write("x.yaml", Briefs.Tiny("x")), "--out", output);

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BRF904: cannot create the output folder", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(PdfFiles.Pdfs(output));
    }

    [Fact]
    public void A_full_disk_fails_the_write_clearly_keeps_the_old_file_whole_and_leaves_no_temporary_file()
    {
        // Given a target holding an older PDF, and a device that takes 1000 bytes and then reports ENOSPC
        using var temp = new TempFolder();
        var target = temp.Write("x.en.pdf", "%PDF-1.7 old but whole");

        // When
        var error = Assert.Throws<IOException>(() => AtomicFile.Write(target, new byte[50_000], path => new FullDisk(path, 1000)));

        // Then
        Assert.Contains("does not accept new files (No space left on device)", error.Message, StringComparison.Ordinal);
        Assert.Equal("%PDF-1.7 old but whole", File.ReadAllText(target));
        Assert.Empty(PdfFiles.Leftovers(temp.Path));
    }

    [Fact]
    public void A_missing_font_file_is_a_clear_error_naming_it_and_writes_no_pdf()
    {
        // Given a font folder with every default font but NanumGothic.ttf
        using var temp = new TempFolder();
        var fonts = FontFolder(temp, skip: "NanumGothic.ttf");

        // When
        var run = RunningBrief.Run(new Dictionary<string, string> { ["BRIEF_FONT_DIR"] = fonts },
            "render", temp.Write("x.yaml", Briefs.Tiny("x")), "--out", temp.File("out"));

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BRF906", run.Error, StringComparison.Ordinal);
        Assert.Contains("NanumGothic.ttf", run.Error, StringComparison.Ordinal);
        Assert.Empty(PdfFiles.Pdfs(temp.File("out")));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public void A_corrupt_font_file_is_a_clear_error_and_writes_no_pdf(string damage)
    {
        // Given a font folder whose Noto Sans Regular is damaged
        using var temp = new TempFolder();
        var fonts = FontFolder(temp, skip: null);
        var file = Path.Combine(fonts, "NotoSans-Regular.ttf");
        var bytes = File.ReadAllBytes(Path.Combine(DefaultFonts.NotoFolder, "NotoSans-Regular.ttf"));
        File.Delete(file);
        File.WriteAllBytes(file, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 3)],
            "garbage" => [.. bytes[..12], .. Enumerable.Range(0, 5000).Select(i => (byte)(i * 31))],
            _ => [],
        });

        // When
        var run = RunningBrief.Run(new Dictionary<string, string> { ["BRIEF_FONT_DIR"] = fonts },
            "render", temp.Write("x.yaml", Briefs.Tiny("x")), "--out", temp.File("out"));

        // Then
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error BRF906", run.Error, StringComparison.Ordinal);
        Assert.Contains("NotoSans-Regular.ttf", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(PdfFiles.Pdfs(temp.File("out")));
    }

    [Fact]
    public void A_brief_that_is_gone_when_the_batch_reads_it_is_reported_and_the_others_render()
    {
        // Given three briefs, the middle one deleted after the command line was made
        using var temp = new TempFolder();
        var files = Batch(temp, 3);
        File.Delete(files[1]);

        // When
        var run = BriefProcess.Run("render", files[0], files[1], files[2], "--out", temp.File("out"));

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{files[1]}:1:1: error BRF007: the file does not exist", run.Error, StringComparison.Ordinal);
        Assert.Equal(["brief-00.en.pdf", "brief-00.ko.pdf", "brief-02.en.pdf", "brief-02.ko.pdf"],
            PdfFiles.Pdfs(temp.File("out")).Select(Path.GetFileName));
        PdfFiles.AssertAllSound(temp.File("out"));
    }

    [Fact]
    public void Briefs_deleted_while_a_batch_runs_are_either_rendered_whole_or_reported()
    {
        // Given a batch of 30 briefs, half of which are deleted as soon as the run has started
        using var temp = new TempFolder();
        var files = Batch(temp, 30);
        using var running = new RunningBrief(null, ["render", .. files, "--out", temp.File("out")]);
        for (var i = 0; i < files.Length; i += 2)
        {
            File.Delete(files[i]);
        }

        // When
        var run = running.Wait();

        // Then: each brief has both PDFs, or a diagnostic and none; nothing half-written
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        var pdfs = PdfFiles.Pdfs(temp.File("out")).Select(Path.GetFileName).ToHashSet();
        for (var i = 0; i < files.Length; i++)
        {
            var id = $"brief-{i:D2}";
            var both = pdfs.Contains($"{id}.en.pdf") && pdfs.Contains($"{id}.ko.pdf");
            var none = !pdfs.Contains($"{id}.en.pdf") && !pdfs.Contains($"{id}.ko.pdf");
            var reported = run.Error.Contains($"{id}.yaml:1:1: error BRF007", StringComparison.Ordinal);
            Assert.True(both || (i % 2 == 0 && none && reported), $"{id}\n{run}");
        }

        Assert.Empty(PdfFiles.Leftovers(temp.Path));
        PdfFiles.AssertAllSound(temp.File("out"));
    }

    [Theory]
    [InlineData(2, 130, "SIGINT")]
    [InlineData(15, 143, "SIGTERM")]
    public void A_signal_in_the_middle_of_a_batch_stops_it_cleanly(int signal, int exitCode, string name)
    {
        // Given a batch of 200 copies of the summit brief (400 PDFs of 3-4 pages) being rendered: a tiny
        // brief takes a millisecond, so a batch of those may be over before a busy test host sees the first
        // PDF and sends the signal
        using var temp = new TempFolder();
        var summit = File.ReadAllText(Briefs.Summit);
        for (var i = 0; i < 200; i++)
            temp.Write($"in/summit-{i:D3}.yaml", Regex.Replace(summit, @"(?m)^id: .*$", $"id: summit-{i:D3}"));
        var output = temp.File("out");
        using var running = new RunningBrief(null, "render", temp.File("in"), "--out", output);

        // When the first PDF is there, the signal comes
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (PdfFiles.Pdfs(output).Length == 0 && !running.HasExited && waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(5);
        }

        running.Signal(signal);
        var run = running.Wait();

        // Then: a clear message and exit code, no temporary file, every PDF written is whole, and not all were written
        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Contains($"interrupted by {name}", run.Error, StringComparison.Ordinal);
        Assert.Empty(PdfFiles.Leftovers(temp.Path));
        var written = PdfFiles.Pdfs(output);
        Assert.InRange(written.Length, 1, 399);
        PdfFiles.AssertAllSound(output);
        foreach (var pdf in written)
        {
            Assert.Contains(pdf, run.Out, StringComparison.Ordinal); // reported as written
        }
    }

    [Fact]
    public void Two_renders_into_one_folder_at_once_do_not_corrupt_each_others_files()
    {
        // Given the same 12 briefs rendered by two processes into one folder at the same time
        using var temp = new TempFolder();
        Batch(temp, 12);
        var output = temp.File("out");

        // When
        using var first = new RunningBrief(null, "render", temp.File("in"), "--out", output);
        using var second = new RunningBrief(null, "render", temp.File("in"), "--out", output);
        var runs = new[] { first.Wait(), second.Wait() };

        // Then
        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.ToString()));
        Assert.Equal(24, PdfFiles.Pdfs(output).Length);
        Assert.Empty(PdfFiles.Leftovers(temp.Path));
        PdfFiles.AssertAllSound(output);
    }

    private static string FontFolder(TempFolder temp, string? skip)
    {
        var folder = temp.File("fonts");
        Directory.CreateDirectory(folder);
        foreach (var (source, names) in new[] { (DefaultFonts.NotoFolder, DefaultFonts.NotoFiles), (DefaultFonts.NanumFolder, DefaultFonts.NanumFiles) })
        {
            foreach (var name in names)
            {
                if (name != skip)
                {
                    File.CreateSymbolicLink(Path.Combine(folder, name), Path.Combine(source, name));
                }
            }
        }

        return folder;
    }
}
