using System.Diagnostics;
using Briefing.Cli.Tests.Infrastructure;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Scripts;

/// <summary>
/// The <c>./brief</c> launcher, run in a copy of the repository's root against a stand-in <c>dotnet</c>
/// whose <c>publish</c> writes a stand-in <c>brief</c> (or fails with compiler output): the first call
/// builds, a call with nothing changed runs the binary without building, a changed source builds again
/// (files under bin/obj do not count), and a failed build prints its output and exits non-zero.
/// </summary>
public sealed class LauncherScriptTests : IDisposable
{
    private readonly LauncherCheckout _repo = new();

    public LauncherScriptTests()
    {

        // publish: logs its arguments, then writes <-o>/brief, a script that prints what it was given.
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
            printf '#!/bin/sh\necho "ran %s: $*"\nexit 3\n' "${out##*/}" > "$out/brief"
            chmod +x "$out/brief"

            """);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void The_first_call_builds_and_runs_the_native_binary_with_the_arguments_and_its_exit_code()
    {
        var run = Run(native: "1", "render", "a b.yaml");

        Assert.Equal(3, run.Exit);
        Assert.Equal("ran brief-native: render a b.yaml", run.Out);
        Assert.Single(_repo.Publishes());
        Assert.Contains("-p:PublishAot=true", _repo.Publishes()[0], StringComparison.Ordinal);
        Assert.Contains("-p:BriefPdfReading=false", _repo.Publishes()[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_handed_over_with_BRIEF_FULL_builds_the_full_native_binary_once_and_runs_it()
    {
        Run(native: "1", "--version");

        var first = Run(native: "1", full: true, "extract", "a b.pdf");
        var again = Run(native: "1", full: true, "extract", "a b.pdf");
        var lean = Run(native: "1", "--version");

        Assert.Equal((3, "ran brief-native-full: extract a b.pdf"), (first.Exit, first.Out));
        Assert.Contains("building native with PDF reading", first.Err, StringComparison.Ordinal);
        Assert.Equal((3, "ran brief-native-full: extract a b.pdf", ""), again);
        Assert.Equal("ran brief-native: --version", lean.Out);
        Assert.Equal(2, _repo.Publishes().Count);
        Assert.Contains("-o " + _repo.File("artifacts/brief-native-full"), _repo.Publishes()[1], StringComparison.Ordinal);
        Assert.Contains("-p:PublishAot=true", _repo.Publishes()[1], StringComparison.Ordinal);
        Assert.DoesNotContain("BriefPdfReading", _repo.Publishes()[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_full_native_binary_builds_again_after_a_source_changed()
    {
        Run(native: "1", full: true, "extract", "a.pdf");
        _repo.MakeNewerThanTheBuild("src/Briefing/Model/Brief.cs");

        var again = Run(native: "1", full: true, "extract", "a.pdf");

        Assert.Equal("ran brief-native-full: extract a.pdf", again.Out);
        Assert.Equal(2, _repo.Publishes().Count);
        Assert.All(_repo.Publishes(), publish => Assert.Contains("brief-native-full", publish, StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_with_nothing_changed_does_not_build()
    {
        Run(native: "1", "--version");
        var again = Run(native: "1", "--version");

        Assert.Equal("ran brief-native: --version", again.Out);
        Assert.Equal("", again.Err);
        Assert.Single(_repo.Publishes());
    }

    [Theory]
    [InlineData("src/Briefing/Model/Brief.cs")]
    [InlineData("src/Briefing/Model/New.cs")]
    [InlineData("Directory.Packages.props")]
    public void A_changed_or_new_source_builds_again(string source)
    {
        Run(native: "1", "--version");
        _repo.MakeNewerThanTheBuild(source);

        var again = Run(native: "1", "--version");

        Assert.Equal("ran brief-native: --version", again.Out);
        Assert.Equal(2, _repo.Publishes().Count);
    }

    [Fact]
    public void A_file_under_obj_does_not_count_as_a_source()
    {
        Run(native: "1", "--version");
        _repo.MakeNewerThanTheBuild("src/Briefing/obj/Generated.cs");

        Run(native: "1", "--version");

        Assert.Single(_repo.Publishes());
    }

    [Fact]
    public void A_failed_build_prints_its_output_and_exits_2_without_running_anything()
    {
        var run = RunFailingBuild(native: "0", error: "Brief.cs(1,1): error CS1002: ; expected", "--version");

        Assert.Equal(2, run.Exit);
        Assert.Contains("error CS1002: ; expected", run.Err, StringComparison.Ordinal);
        Assert.Contains("the build failed", run.Err, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void A_build_that_fails_after_a_change_is_reported_and_the_old_binary_is_not_run()
    {
        Run(native: "0", "--version");
        _repo.MakeNewerThanTheBuild("src/Briefing/Model/Brief.cs");

        var run = RunFailingBuild(native: "0", error: "Brief.cs(1,1): error CS1002: ; expected", "--version");

        Assert.Equal(2, run.Exit);
        Assert.Contains("error CS1002", run.Err, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void A_failed_native_build_says_so_and_falls_back_to_ReadyToRun()
    {
        var run = RunFailingBuild(native: "1", error: "ld: cannot find -lz", "--version");

        // ReadyToRun's two attempts also fail with the same stand-in: exit 2 and the output shown.
        Assert.Equal(2, run.Exit);
        Assert.Contains("the native build failed", run.Err, StringComparison.Ordinal);
        Assert.Contains("ld: cannot find -lz", run.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(_repo.File("artifacts/brief-native/.launcher-failed.log")));
    }

    private (int Exit, string Out, string Err) Run(string native, params string[] args) => Start(native, null, full: false, args);

    private (int Exit, string Out, string Err) Run(string native, bool full, params string[] args) => Start(native, null, full, args);

    private (int Exit, string Out, string Err) RunFailingBuild(string native, string error, params string[] args) => Start(native, error, full: false, args);

    private (int Exit, string Out, string Err) Start(string native, string? error, bool full, string[] args)
    {
        var start = _repo.Launcher(args);
        start.Environment["BRIEF_NATIVE"] = native;
        LauncherCheckout.Set(start, "BRIEF_FULL", full ? "1" : null);
        LauncherCheckout.Set(start, "FAKE_PUBLISH_ERROR", error);

        return LauncherCheckout.Run(start);
    }

}
