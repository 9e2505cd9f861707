using System.Diagnostics;

namespace Briefing.Cli.Watching;

/// <summary>
/// Collects the paths that changed and hands them over once the file system has been quiet for a while:
/// an editor that saves by rename (vim, JetBrains) or in several writes (VS Code) makes a burst of events,
/// and the burst is one batch, so it costs one render. Safe to feed from the watchers' threads.
/// </summary>
internal sealed class ChangeQueue(TimeSpan quiet)
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private long _lastChange;
    private bool _everything;

    /// <summary>Records a change of <paramref name="path"/> (a full path).</summary>
    public void Add(string path)
    {
        lock (_gate)
        {
            _paths.Add(path);
            _lastChange = Stopwatch.GetTimestamp();
        }

        _signal.Release();
    }

    /// <summary>Records that events were lost (the watcher's buffer overflowed): everything is to be looked at again.</summary>
    public void AddEverything()
    {
        lock (_gate)
        {
            _everything = true;
            _lastChange = Stopwatch.GetTimestamp();
        }

        _signal.Release();
    }

    /// <summary>
    /// Waits for a change, then for quiet, and returns the changed paths (sorted) and whether events were lost.
    /// Throws <see cref="OperationCanceledException"/> when <paramref name="cancel"/> is cancelled.
    /// </summary>
    public (IReadOnlyList<string> Paths, bool Everything) Next(CancellationToken cancel)
    {
        _signal.Wait(cancel);
        while (true)
        {
            TimeSpan left;
            lock (_gate)
            {
                left = quiet - Stopwatch.GetElapsedTime(_lastChange);
                if (left <= TimeSpan.Zero)
                {
                    var paths = _paths.Order(StringComparer.Ordinal).ToList();
                    var everything = _everything;
                    _paths.Clear();
                    _everything = false;
                    while (_signal.CurrentCount > 0 && _signal.Wait(0))
                    {
                        // The burst's other signals are part of this batch.
                    }

                    return (paths, everything);
                }
            }

            cancel.WaitHandle.WaitOne(left);
            cancel.ThrowIfCancellationRequested();
        }
    }
}
