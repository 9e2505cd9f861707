using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Briefing.Cli.Tests.Infrastructure;

/// <summary>
/// A long-running <c>brief</c> process (<c>brief watch</c>) whose output a test reads while it runs, line by
/// line, and which it ends with a signal. Started with default signal handling, as a user's shell would.
/// </summary>
internal sealed class LiveBrief : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _out = [];
    private readonly List<string> _error = [];
    private readonly object _gate = new();

    public LiveBrief(params string[] args)
    {
        var start = BriefProcess.SignallableStart(args);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Add(_out, e.Data);
        _process.ErrorDataReceived += (_, e) => Add(_error, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Out
    {
        get
        {
            lock (_gate)
            {
                return [.. _out];
            }
        }
    }

    public IReadOnlyList<string> Error
    {
        get
        {
            lock (_gate)
            {
                return [.. _error];
            }
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds (checked every 50 ms); fails the test after <paramref name="seconds"/>.</summary>
    public void WaitUntil(Func<bool> condition, string what, int seconds = 60)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(seconds) || _process.HasExited)
            {
                throw new TimeoutException($"waited {clock.Elapsed.TotalSeconds:F0} s for {what}; exited: {_process.HasExited}\n--- stdout\n{string.Join('\n', Out)}\n--- stderr\n{string.Join('\n', Error)}");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>Sends SIGINT (2) or SIGTERM (15) and returns the exit code.</summary>
    public int Stop(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed");
        }

        if (!_process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            throw new TimeoutException("brief did not stop within a minute of the signal");
        }

        _process.WaitForExit(); // the output events are flushed
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Add(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            lines.Add(line);
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
