using System.Diagnostics;
using System.Runtime.InteropServices;
using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Hostile;

/// <summary>A <c>brief</c> process started in the background, with its own environment, that a test can signal.</summary>
internal sealed class RunningBrief : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    public RunningBrief(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = BriefProcess.SignallableStart(args);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _output = _process.StandardOutput.ReadToEndAsync();
        _error = _process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Runs <c>brief</c> to the end with extra environment variables.</summary>
    public static CommandRun Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var running = new RunningBrief(environment, args);
        return running.Wait();
    }

    /// <summary>Sends a POSIX signal (2 SIGINT, 15 SIGTERM) to the process.</summary>
    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed");
        }
    }

    public CommandRun Wait()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("brief did not finish in 3 minutes");
        }

        return new CommandRun(_process.ExitCode, _output.Result, _error.Result);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
