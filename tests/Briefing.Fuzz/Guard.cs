using System.Diagnostics;

namespace Briefing.Fuzz;

/// <summary>
/// Watches every case from a thread of its own: a case that runs longer than the timeout, or a process
/// whose working set passes the bound, is a finding. The input is saved and the process exits 1 at once,
/// since a hung case cannot be stopped from outside in .NET.
/// </summary>
internal sealed class Guard : IDisposable
{
    private readonly FuzzOptions _options;
    private readonly Thread _thread;
    private readonly CancellationTokenSource _stop = new();
    private readonly object _gate = new();
    private byte[]? _current;
    private string _origin = "";
    private long _startedAt;
    private long _executions;
    private long _peakWorkingSet;

    public Guard(FuzzOptions options)
    {
        _options = options;
        _thread = new Thread(Watch) { IsBackground = true, Name = "fuzz guard" };
        _thread.Start();
    }

    public long Executions => Interlocked.Read(ref _executions);

    public long PeakWorkingSetMb => Math.Max(_peakWorkingSet, Process.GetCurrentProcess().PeakWorkingSet64) / (1024 * 1024);

    /// <summary>Marks the start of a case with its input and where it came from (its seed or corpus file).</summary>
    public void Begin(byte[] input, string origin)
    {
        lock (_gate)
        {
            _current = input;
            _origin = origin;
            _startedAt = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Marks the end of the case and checks the managed heap.</summary>
    public void End()
    {
        byte[]? input;
        string origin;
        lock (_gate)
        {
            input = _current;
            origin = _origin;
            _current = null;
        }

        var executions = Interlocked.Increment(ref _executions);
        if (executions % 200 == 0 && GC.GetTotalMemory(forceFullCollection: false) > _options.MaxMemoryBytes)
        {
            // Garbage that a collection frees is no finding; what survives one is.
            var live = GC.GetTotalMemory(forceFullCollection: true);
            if (live > _options.MaxMemoryBytes)
            {
                Fail($"managed memory {live / (1024 * 1024)} MB after a full collection, over the bound ({origin})", input);
            }
        }
    }

    /// <summary>Saves <paramref name="input"/> under findings/ (in the corpus's format) and returns the file name.</summary>
    public static string Save(string target, byte[] input)
    {
        Directory.CreateDirectory("findings");
        var file = Path.Combine("findings", $"{target}-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(file, input);
        return file;
    }

    public void Dispose() => _stop.Cancel();

    private void Watch()
    {
        using var process = Process.GetCurrentProcess();
        while (!_stop.IsCancellationRequested)
        {
            Thread.Sleep(250);
            process.Refresh();
            _peakWorkingSet = Math.Max(_peakWorkingSet, process.WorkingSet64);
            if (process.WorkingSet64 > _options.MaxMemoryBytes)
            {
                byte[]? input;
                string origin;
                lock (_gate)
                {
                    input = _current;
                    origin = _origin;
                }

                Fail($"working set {process.WorkingSet64 / (1024 * 1024)} MB, over the bound of {_options.MaxMemoryBytes / (1024 * 1024)} MB ({origin})", input);
            }

            lock (_gate)
            {
                if (_current is not null && Stopwatch.GetElapsedTime(_startedAt) > _options.CaseTimeout)
                {
                    Fail($"a case ran longer than {_options.CaseTimeout.TotalSeconds} s (hang; {_origin})", _current);
                }
            }
        }
    }

    private void Fail(string what, byte[]? input)
    {
        var saved = input is null ? "" : $"; input saved to {Save(_options.Target, input)}";
        Console.WriteLine($"fuzz {_options.Target}: {Executions} executions; FINDING: {what}{saved}");
        Console.Out.Flush();
        Environment.Exit(1);
    }
}
