using System.Diagnostics;
using Briefing.Cli.Tests.Infrastructure;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Scripts;

/// <summary>
/// tests/run and .ci/run, run in a copy of their folders against a stand-in <c>dotnet</c> that prints
/// canned output: the closing line counts skipped tests, a run that parsed no result (or too few) fails,
/// a fuzz finding is one more failed test, and both scripts export CI=true.
/// </summary>
public sealed class TestScriptTests : IDisposable
{
    private const string ProjectA = "Passed!  - Failed:     0, Passed:     3, Skipped:     2, Total:     5, Duration: 1 s - A.dll (net10.0)";
    private const string ProjectB = "Passed!  - Failed:     0, Passed:     2, Skipped:     0, Total:     2, Duration: 1 s - B.dll (net10.0)";
    private readonly TempFolder _repo = new();

    public TestScriptTests()
    {
        foreach (var script in new[] { "tests/run", ".ci/run" })
        {
            _repo.Write(script, File.ReadAllText(RepositoryRoot.Combine(script)));
        }

        _repo.Write(".ci/setup", "exit 0\n");
        foreach (var project in new[] { "A", "B" })
        {
            _repo.Write($"tests/{project}/{project}.csproj", "<Project><ItemGroup><PackageReference Include=\"Microsoft.NET.Test.Sdk\" /></ItemGroup></Project>\n");
        }

        var dotnet = _repo.Write("bin/dotnet", """
            #!/usr/bin/env bash
            echo "CI=${CI:-}" >> "$FAKE_LOG"
            case "$1" in
              test) cat "$FAKE_TEST_OUTPUT"; exit "${FAKE_TEST_EXIT:-0}" ;;
              build) exit 0 ;;
              *) echo "fuzz $*"; exit "${FAKE_FUZZ_EXIT:-0}" ;;
            esac

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Tests_run_adds_up_passed_failed_and_skipped_and_exports_CI()
    {
        var (exit, last) = Run("tests/run", ProjectA, ProjectB);

        Assert.Equal("5 passed, 0 failed, 2 skipped", last);
        Assert.Equal(0, exit);
        Assert.All(File.ReadAllLines(_repo.File("dotnet.log")), line => Assert.Equal("CI=true", line));
    }

    [Fact]
    public void Tests_run_fails_when_it_parses_no_test_result()
    {
        var (exit, last) = Run("tests/run", "Build succeeded.");

        Assert.Equal("0 passed, 1 failed, 0 skipped", last);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Tests_run_fails_when_a_test_project_gives_no_result()
    {
        var (exit, last) = Run("tests/run", ProjectA, "The active test run was aborted. Reason: Test host process crashed");

        Assert.Equal("3 passed, 1 failed, 2 skipped", last);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Ci_run_ends_with_the_test_line_and_counts_each_fuzz_finding_as_a_failed_test()
    {
        var (exit, last) = Run(".ci/run", fuzzExit: 1, ProjectA, ProjectB);

        // Every target (loader, layout, pdf-source) finds something: three more failed tests.
        Assert.Equal("5 passed, 3 failed, 2 skipped", last);
        Assert.Equal(1, exit);
        Assert.All(File.ReadAllLines(_repo.File("dotnet.log")), line => Assert.Equal("CI=true", line));
    }

    [Fact]
    public void Ci_run_without_a_finding_ends_with_the_line_of_tests_run()
    {
        var (exit, last) = Run(".ci/run", fuzzExit: 0, ProjectA, ProjectB);

        Assert.Equal("5 passed, 0 failed, 2 skipped", last);
        Assert.Equal(0, exit);
    }

    private (int Exit, string LastLine) Run(string script, params string[] testOutput) => Run(script, 0, testOutput);

    private (int Exit, string LastLine) Run(string script, int fuzzExit, params string[] testOutput)
    {
        var output = _repo.Write("test-output.txt", string.Join('\n', testOutput) + "\n");
        var start = new ProcessStartInfo("bash", [_repo.File(script)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PATH"] = _repo.File("bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_LOG"] = _repo.File("dotnet.log");
        start.Environment["FAKE_TEST_OUTPUT"] = output;
        start.Environment["FAKE_FUZZ_EXIT"] = fuzzExit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment.Remove("CI");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = stderr.Result;
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (process.ExitCode, lines.Length == 0 ? "" : lines[^1]);
    }
}
