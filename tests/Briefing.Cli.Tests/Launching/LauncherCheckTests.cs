using System.Diagnostics;
using Briefing.Cli.Launching;
using Briefing.Cli.Tests.Infrastructure;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Launching;

/// <summary>
/// <c>./brief</c>'s fast path: a native build marked as checking its sources is started at once, and the binary
/// (<see cref="LauncherCheck"/>) walks the sources itself and runs the launcher again when one is newer. Run
/// like <c>LauncherScriptTests</c> in a copy of the repository's root against a stand-in <c>dotnet</c>, whose
/// "native binary" here is the real command (<c>dotnet brief.dll</c>) behind a line saying which build it is
/// and which of the launcher's variables it was given.
/// </summary>
public sealed class LauncherCheckTests : IDisposable
{
    private readonly LauncherCheckout _repo = new();

    public LauncherCheckTests()
    {
        _repo.Write("src/Briefing/bin/Release/brief.dll", "not a source\n");

        // publish: logs its arguments, then writes <-o>/brief (which says which build it is and what it was
        // given, then runs the real command, or with FAKE_CHECKLESS a script that only echoes) and, as the
        // real project's MarkLauncherCheck target does, the marker that it checks its sources.
        _repo.WriteDotnet("""
            #!/usr/bin/env bash
            echo "$*" >> "$FAKE_LOG"
            out=""
            while [ $# -gt 0 ]; do
              if [ "$1" = "-o" ]; then out="$2"; fi
              shift
            done
            if [ -n "${FAKE_PUBLISH_ERROR:-}" ]; then
              echo "$FAKE_PUBLISH_ERROR"
              exit 1
            fi
            mkdir -p "$out"
            build=$(grep -c '^publish' "$FAKE_LOG")
            if [ -n "${FAKE_CHECKLESS:-}" ]; then
              printf '#!/bin/sh\necho "checkless build %s: ${BRIEF_LAUNCHER_STAMP:+stamp}"\n' "$build" > "$out/brief"
            else
              printf '#!/bin/sh\necho "build %s:${BRIEF_LAUNCHER:+ launcher}${BRIEF_LAUNCHER_STAMP:+ stamp}${BRIEF_LAUNCHER_CHECK:+ check}" >&2\nexec "$REAL_DOTNET" "$BRIEF_DLL" "$@"\n' "$build" > "$out/brief"
            fi
            chmod +x "$out/brief"
            echo 1 > "$out/.launcher-checks-sources"

            """);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_marked_build_starts_at_once_with_the_launcher_and_its_stamp_named()
    {
        Run(checkless: true, "--version");
        _repo.MakeNewerThanTheBuild("src/Briefing/Model/Brief.cs");

        // The launcher no longer looks: a marked binary that did not check would run on a stale build.
        var run = Run(checkless: true, "--version");

        Assert.Equal("checkless build 1: stamp", run.Out);
        Assert.Single(_repo.Publishes());
    }

    [Fact]
    public void With_nothing_changed_the_binary_runs_the_command_without_building()
    {
        var first = Run("--version");
        var again = Run("--version");

        Assert.Equal(0, again.Exit);
        Assert.Equal(Version(), again.Out);
        Assert.Equal(first.Out, again.Out);
        Assert.Equal("build 1: launcher stamp", again.Err);
        Assert.Single(_repo.Publishes());
    }

    [Theory]
    [InlineData("src/Briefing/Model/Brief.cs")]
    [InlineData("src/Briefing/Model/New.cs")]
    [InlineData("Directory.Build.props")]
    [InlineData("Directory.Packages.props")]
    public void A_source_newer_than_the_build_builds_again_and_the_new_binary_runs_the_command(string source)
    {
        Run("--version");
        _repo.MakeNewerThanTheBuild(source);

        var run = Run("--version");

        // The old binary printed nothing: it ran the launcher, which built and started build 2 without the
        // variables (its own check was done), and build 2 printed the version once.
        Assert.Equal(0, run.Exit);
        Assert.Equal(Version(), run.Out);
        Assert.Equal(["build 1: launcher stamp", "brief: building native (first run or sources changed)...", "build 2:"], Lines(run.Err));
        Assert.Equal(2, _repo.Publishes().Count);

        // The source was dated into the future to be newer than build 1; back in the past, build 2 is current.
        File.SetLastWriteTimeUtc(_repo.File(source), DateTime.UtcNow.AddMinutes(-1));
        var after = Run("--version");
        Assert.Equal("build 2: launcher stamp", after.Err);
        Assert.Equal(2, _repo.Publishes().Count);
    }

    [Theory]
    [InlineData("src/Briefing/obj/Generated.cs")]
    [InlineData("src/Briefing/bin/Release/brief.dll")]
    [InlineData("src/Briefing/.editorconfig")]
    [InlineData("README.md")]
    public void Build_output_dot_files_and_files_outside_the_sources_do_not_count(string file)
    {
        Run("--version");
        _repo.MakeNewerThanTheBuild(file);

        var run = Run("--version");

        Assert.Equal(Version(), run.Out);
        Assert.Equal("build 1: launcher stamp", run.Err);
        Assert.Single(_repo.Publishes());
    }

    [Fact]
    public void A_build_that_fails_after_a_change_is_reported_and_the_old_binary_does_not_run_the_command()
    {
        Run("--version");
        _repo.MakeNewerThanTheBuild("src/Briefing/Model/Brief.cs");

        var run = Start(checkless: false, error: "Brief.cs(1,1): error CS1002: ; expected", ["--version"]);

        // Native fails, then ReadyToRun with the same stand-in: the compiler's output, exit 2, no version.
        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Contains("error CS1002: ; expected", run.Err, StringComparison.Ordinal);
        Assert.Contains("the build failed", run.Err, StringComparison.Ordinal);
        Assert.StartsWith("build 1: launcher stamp", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_arguments_reach_the_rebuilt_binary_unchanged()
    {
        _repo.Write("work/odd name ü.yaml", "not: [a brief\n");
        Run("--version");
        _repo.MakeNewerThanTheBuild("src/Briefing/Model/Brief.cs");

        var run = Run("validate", "work/odd name ü.yaml");

        Assert.Equal(2, _repo.Publishes().Count);
        Assert.Equal("build 2:", Lines(run.Err)[2]);
        Assert.Contains("odd name ü.yaml", run.Err, StringComparison.Ordinal);
        Assert.Equal(1, run.Exit);
    }

    /// <summary>Each case: the path made newer than the build, and what is created first (null: a file).</summary>
    public static TheoryData<string, string?> Cases => new()
    {
        { "src/a.cs", null },
        { "src/deep/er/b.cs", null },
        { "src/.hidden.cs", null },
        { "src/.hidden/c.cs", null },
        { "src/x/bin/d.cs", null },
        { "src/x/obj/e.cs", null },
        { "src/bin/f.cs", null },
        { "src/x/bin", null },           // a file named bin is a source
        { "src/x/binary/g.cs", null },
        { "src/x/objects.cs", null },
        { "Directory.Build.props", null },
        { "Directory.Packages.props", null },
        { "Directory.Build.targets", null },
        { "tests/h.cs", null },
        { "outside/i.cs", "src/link-to-file" },    // a link to a newer file counts (test -nt follows it)
        { "outside/j.cs", "src/link-to-folder" },  // and a link to a folder is walked
        { "outside/k.cs", "src/dangling" },        // a link to nothing does not count
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_binary_looks_at_the_same_files_as_the_launcher(string newer, string? link)
    {
        Run("--version");
        var stamp = _repo.File("artifacts/brief-native/.launcher-stamp");
        _repo.Write(newer, "x\n");
        if (link is not null)
        {
            var target = link.EndsWith("folder", StringComparison.Ordinal) ? _repo.File(Path.GetDirectoryName(newer)!) : _repo.File(newer);
            File.CreateSymbolicLink(_repo.File(link), target);
            File.SetLastWriteTimeUtc(stamp, DateTime.UtcNow.AddSeconds(10)); // the link itself is older
            if (link.EndsWith("dangling", StringComparison.Ordinal))
            {
                File.Delete(_repo.File(newer));
            }
        }

        File.SetLastWriteTimeUtc(File.Exists(_repo.File(newer)) ? _repo.File(newer) : stamp, DateTime.UtcNow.AddSeconds(20));

        var binary = SourceWalk.AnyNewerThan(_repo.Path, stamp);
        var recheck = Start(checkless: false, error: null, ["--version"], recheck: true);
        var launcher = _repo.Publishes().Count == 2;

        Assert.Equal(0, recheck.Exit);
        Assert.Equal(launcher, binary);
        var expected = newer.StartsWith("src/", StringComparison.Ordinal) && !newer.Contains("/.", StringComparison.Ordinal)
            && !newer.Contains("/bin/", StringComparison.Ordinal) && !newer.Contains("/obj/", StringComparison.Ordinal)
            || newer.StartsWith("Directory.", StringComparison.Ordinal) && newer.EndsWith(".props", StringComparison.Ordinal)
            || (link is not null && !link.EndsWith("dangling", StringComparison.Ordinal));
        Assert.Equal(expected, binary);
    }

    [Fact]
    public void The_walk_answers_stale_when_the_stamp_is_missing()
    {
        Assert.True(SourceWalk.AnyNewerThan(_repo.Path, _repo.File("artifacts/brief-native/.launcher-stamp")));
    }

    private string Version()
    {
        var start = new ProcessStartInfo(RealDotnet(), [BriefProcess.Dll, "--version"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Trim();
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private (int Exit, string Out, string Err) Run(params string[] args) => Start(checkless: false, error: null, args);

    private (int Exit, string Out, string Err) Run(bool checkless, params string[] args) => Start(checkless, error: null, args);

    private (int Exit, string Out, string Err) Start(bool checkless, string? error, string[] args, bool recheck = false)
    {
        var start = _repo.Launcher(args);
        start.Environment["REAL_DOTNET"] = RealDotnet();
        start.Environment["BRIEF_DLL"] = BriefProcess.Dll;
        start.Environment["BRIEF_NATIVE"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove(LauncherCheck.LauncherVariable);
        start.Environment.Remove(LauncherCheck.StampVariable);
        LauncherCheckout.Set(start, LauncherCheck.RecheckVariable, recheck ? "1" : null);
        LauncherCheckout.Set(start, "FAKE_PUBLISH_ERROR", error);
        LauncherCheckout.Set(start, "FAKE_CHECKLESS", checkless ? "1" : null);

        return LauncherCheckout.Run(start);
    }

    // The dotnet that runs these tests, not the stand-in the launcher finds first on its PATH.
    private static string RealDotnet() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(folder => Path.Combine(folder, "dotnet")).First(File.Exists);

}
