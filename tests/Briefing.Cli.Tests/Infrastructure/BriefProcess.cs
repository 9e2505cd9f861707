using System.Diagnostics;
using System.Reflection;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the real, built <c>brief</c> command as a process: <c>dotnet brief.dll</c> from the CLI project's
/// output of the same configuration (Debug or Release) as these tests, which reference it so it is built.
/// </summary>
internal static class BriefProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string Dll
    {
        get
        {
            var configuration = typeof(BriefProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var dll = RepositoryRoot.Combine("src", "Briefing.Cli", "bin", configuration, "net10.0", "brief.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("The brief command is not built", dll);
        }
    }

    /// <summary>
    /// How to start a <c>brief</c> that a test signals, in the repository folder, with standard output and error
    /// redirected. A process started in the background of a non-interactive shell inherits SIGINT as ignored
    /// (POSIX), and .NET then keeps ignoring it, as it should; the tests are about a user's Ctrl-C, so the
    /// command starts with default signal handling whatever the test host inherited (GNU env 8.31+).
    /// </summary>
    public static ProcessStartInfo SignallableStart(IEnumerable<string> args)
    {
        var resetSignals = File.Exists("/usr/bin/env");
        var start = new ProcessStartInfo(resetSignals ? "/usr/bin/env" : "dotnet")
        {
            WorkingDirectory = RepositoryRoot.Find(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (resetSignals)
        {
            start.ArgumentList.Add("--default-signal=INT,TERM");
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    /// <summary>Runs <c>brief</c> with <paramref name="args"/> in <paramref name="workingDirectory"/> (the repository by default).</summary>
    public static CommandRun RunIn(string? workingDirectory, params string[] args) => RunDotnet(workingDirectory, [Dll, .. args]);

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="dotnetArgs"/> (which name <see cref="Dll"/> somewhere) in
    /// <paramref name="workingDirectory"/> (the repository by default), after <paramref name="adjust"/> has changed
    /// how it starts; killed after three minutes.
    /// </summary>
    public static CommandRun RunDotnet(string? workingDirectory, IEnumerable<string> dotnetArgs, Action<ProcessStartInfo>? adjust = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Find(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in dotnetArgs)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        adjust?.Invoke(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', dotnetArgs)} did not finish in {Timeout}");
        }

        return new CommandRun(process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result.Replace("\r\n", "\n"));
    }

    /// <summary>Runs <c>brief</c> in the repository folder.</summary>
    public static CommandRun Run(params string[] args) => RunIn(null, args);
}
