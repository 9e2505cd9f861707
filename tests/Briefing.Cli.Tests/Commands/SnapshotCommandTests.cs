using System.Diagnostics;
using Briefing.Cli.Tests.Infrastructure;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Commands;

/// <summary>
/// <c>brief snapshot</c> end to end, run as the real process: written snapshots pass their own check, an edit
/// fails it with a diff on the right page and <c>.received</c> files, and the project's committed snapshots are
/// exactly what the command writes.
/// </summary>
public sealed class SnapshotCommandTests
{
    private const string Summit = Briefs.SummitId;

    [Fact]
    public void Fresh_snapshots_pass_their_own_check()
    {
        // Given
        using var temp = new TempFolder();
        var briefs = CopySummit(temp);
        var snapshots = temp.File("snapshots");

        // When
        var write = BriefProcess.Run("snapshot", briefs, "--png", "--dir", snapshots);
        var check = BriefProcess.Run("snapshot", briefs, "--png", "--dir", snapshots, "--check");

        // Then
        Assert.True(write.ExitCode == 0, write.ToString());
        Assert.Equal(
        [
            Path.Combine(snapshots, $"{Summit}.en.verified.txt"),
            Path.Combine(snapshots, $"{Summit}.en#page_0001.verified.png"),
            Path.Combine(snapshots, $"{Summit}.en#page_0002.verified.png"),
            Path.Combine(snapshots, $"{Summit}.en#page_0003.verified.png"),
            Path.Combine(snapshots, $"{Summit}.ko.verified.txt"),
            Path.Combine(snapshots, $"{Summit}.ko#page_0001.verified.png"),
            Path.Combine(snapshots, $"{Summit}.ko#page_0002.verified.png"),
            Path.Combine(snapshots, $"{Summit}.ko#page_0003.verified.png"),
            Path.Combine(snapshots, $"{Summit}.ko#page_0004.verified.png"),
            Path.Combine(snapshots, $"{Summit}.fr.verified.txt"),
            Path.Combine(snapshots, $"{Summit}.fr#page_0001.verified.png"),
            Path.Combine(snapshots, $"{Summit}.fr#page_0002.verified.png"),
            Path.Combine(snapshots, $"{Summit}.fr#page_0003.verified.png"),
            Path.Combine(snapshots, $"{Summit}.fr#page_0004.verified.png"),
        ], write.OutLines);
        Assert.Equal("snapshots: 6 written, 0 unchanged; 0 errors, 0 warnings in 1 brief", Assert.Single(write.ErrorLines));
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal(string.Empty, check.Out);
        Assert.Equal("snapshots: 6 match, 0 differ, 0 missing; 0 errors, 0 warnings in 1 brief", Assert.Single(check.ErrorLines));
        Assert.Empty(Directory.EnumerateFiles(snapshots, "*.received.*"));
    }

    [Fact]
    public void After_a_one_word_edit_the_check_fails_with_a_diff_on_the_right_page_and_received_files()
    {
        // Given: snapshots of the summit brief, then "declined" changed to "refused" (English, page 2)
        using var temp = new TempFolder();
        var briefs = CopySummit(temp);
        var snapshots = temp.File("snapshots");
        Assert.Equal(0, BriefProcess.Run("snapshot", briefs, "--png", "--dir", snapshots).ExitCode);
        var file = Path.Combine(briefs, Summit + ".yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("declined to comment", "refused to comment", StringComparison.Ordinal));
        var verified = File.ReadAllText(Path.Combine(snapshots, $"{Summit}.en.verified.txt"));

        // When
        var check = BriefProcess.Run("snapshot", briefs, "--png", "--dir", snapshots, "--check");

        // Then: exit 1, one error line per failing snapshot (English text and pages, not Korean nor French)
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Equal(
        [
            $"{file}: error BRF910: text snapshot '{Summit}.en' differs from its verified file; received: {Path.Combine(snapshots, $"{Summit}.en.received.txt")}",
            $"{file}: error BRF910: page image snapshot '{Summit}.en' differs from its verified file; received: {Path.Combine(snapshots, $"{Summit}.en#page_0002.received.png")}",
            "snapshots: 4 match, 2 differ, 0 missing; 2 errors, 0 warnings in 1 brief",
        ], check.ErrorLines);

        // And a unified diff on standard output: the hunk names page 2, the line shows the word
        var lines = check.Out.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("@@ ", StringComparison.Ordinal) && l.EndsWith("@@ --- page 2 (612 × 792) ---", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('-') && l.EndsWith("Kim Nam-joon declined to comment on how the agreement on military", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('+') && l.EndsWith("Kim Nam-joon refused to comment on how the agreement on military", StringComparison.Ordinal));
        Assert.Contains($"To accept the change: brief snapshot {briefs} --dir {snapshots} --png", check.Out);
        Assert.Contains("page 2: ", check.Out);
        Assert.DoesNotContain("page 1: ", check.Out);

        // And the received files sit beside the verified ones, which are untouched
        Assert.Equal(
        [
            $"{Summit}.en#page_0002.diff.png",
            $"{Summit}.en#page_0002.received.png",
            $"{Summit}.en.received.txt",
        ], Directory.EnumerateFiles(snapshots).Select(Path.GetFileName).Where(n => !n!.Contains(".verified.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(verified, File.ReadAllText(Path.Combine(snapshots, $"{Summit}.en.verified.txt")));

        // When the change is accepted, the check passes again and the received files are gone
        Assert.Equal(0, BriefProcess.Run("snapshot", briefs, "--png", "--dir", snapshots).ExitCode);
        var again = BriefProcess.Run("snapshot", briefs, "--png", "--dir", snapshots, "--check");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Empty(Directory.EnumerateFiles(snapshots, "*.received.*"));
    }

    [Fact]
    public void The_projects_committed_snapshots_are_what_brief_snapshot_writes()
    {
        // Given: a copy of the verified files of the project's snapshot tests (a failed check writes beside them)
        using var temp = new TempFolder();
        var committed = RepositoryRoot.Combine("tests", "Briefing.Tests", "Snapshots", "briefs");
        foreach (var file in Directory.EnumerateFiles(committed, "*.verified.*"))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        }

        // When: a user's CI job runs over the repository's briefs
        var check = BriefProcess.Run("snapshot", "briefs", "--check", "--png", "--dir", temp.Path);

        // Then
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void A_missing_snapshot_fails_the_check_and_is_written_as_received()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny("tiny"));
        var snapshots = temp.File("snapshots");

        var check = BriefProcess.Run("snapshot", file, "--dir", snapshots, "--check");

        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Equal(
        [
            $"{file}: error BRF911: text snapshot 'tiny.en' has no verified file in '{snapshots}'; run 'brief snapshot' without --check to write it",
            $"{file}: error BRF911: text snapshot 'tiny.ko' has no verified file in '{snapshots}'; run 'brief snapshot' without --check to write it",
            "snapshots: 0 match, 0 differ, 2 missing; 2 errors, 0 warnings in 1 brief",
        ], check.ErrorLines);
        Assert.True(File.Exists(Path.Combine(snapshots, "tiny.en.received.txt")));
        Assert.False(File.Exists(Path.Combine(snapshots, "tiny.en.verified.txt")));
    }

    [Fact]
    public void A_broken_brief_is_reported_as_by_render_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var file = temp.Write("broken.yaml", Briefs.MissingKorean());
        var snapshots = temp.File("snapshots");

        var run = BriefProcess.Run("snapshot", file, "--dir", snapshots);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
        [
            $"{file}:6:8: error BRF012: title has no 'ko' text",
            "snapshots: 0 written, 0 unchanged; 1 error, 0 warnings in 1 brief",
        ], run.ErrorLines);
        Assert.Equal(string.Empty, run.Out);
        Assert.False(Directory.Exists(snapshots));
    }

    [Fact]
    public void Unchanged_snapshots_are_not_rewritten()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny("tiny"));
        var snapshots = temp.File("snapshots");
        Assert.Equal(0, BriefProcess.Run("snapshot", file, "--dir", snapshots).ExitCode);
        var written = File.GetLastWriteTimeUtc(Path.Combine(snapshots, "tiny.en.verified.txt"));

        var again = BriefProcess.Run("snapshot", file, "--dir", snapshots);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(string.Empty, again.Out);
        Assert.Equal("snapshots: 0 written, 2 unchanged; 0 errors, 0 warnings in 1 brief", Assert.Single(again.ErrorLines));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(snapshots, "tiny.en.verified.txt")));
    }

    [Fact]
    public void Without_pdftoppm_png_fails_at_once_naming_poppler_utils()
    {
        // Given: a PATH with nothing on it, so pdftoppm cannot be found
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny("tiny"));
        var snapshots = temp.File("snapshots");
        Directory.CreateDirectory(temp.File("empty-path"));

        // When
        var run = RunWithPath(temp.File("empty-path"), "snapshot", file, "--png", "--dir", snapshots);

        // Then
        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("brief: error BRF912: --png needs 'pdftoppm', which was not found on PATH: install poppler-utils", error);
        Assert.False(Directory.Exists(snapshots));
    }

    [Fact]
    public void Help_shows_the_options_and_examples()
    {
        var run = BriefProcess.Run("snapshot", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--check", run.Out);
        Assert.Contains("--png", run.Out);
        Assert.Contains("--dir", run.Out);
        Assert.Contains("brief snapshot briefs --png --check", run.Out);
    }

    private static string CopySummit(TempFolder temp)
    {
        var briefs = temp.File("briefs");
        Directory.CreateDirectory(briefs);
        File.Copy(Briefs.Summit, Path.Combine(briefs, Summit + ".yaml"));
        return briefs;
    }

    // BriefProcess always inherits PATH; this run replaces it, resolving dotnet itself from the test's own PATH.
    private static CommandRun RunWithPath(string path, params string[] args)
    {
        var dotnet = FindOnPath("dotnet");
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = RepositoryRoot.Find(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BriefProcess.Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PATH"] = path;
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(dotnet);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("brief did not finish");
        }

        return new CommandRun(process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result.Replace("\r\n", "\n"));
    }

    private static string FindOnPath(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate;
            }
        }

        throw new InvalidOperationException($"{name} is not on PATH");
    }
}
