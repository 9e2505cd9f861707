using System.Diagnostics;
using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>
/// Save-to-PDF latency of <c>brief watch</c>: starts the built command (<c>src/Briefing.Cli/bin/Release/net10.0/brief.dll</c>,
/// or <c>--command PATH</c> for the native one) on a copy of the summit brief, saves the copy <c>--saves N</c> times
/// (default 20) by rename, as vim does, and times each save until the watcher names the new PDF on its
/// standard output (written atomically before it says so). Prints min, median, 90th percentile and max, and
/// the render time the command reports itself. <c>watch [--lang ko] [--saves N] [--command PATH]</c>.
/// </summary>
public static class WatchLatency
{
    /// <summary>Runs the measurement; returns 0, or 3 when the command cannot be run.</summary>
    public static int Run(string[] args)
    {
        var language = Option(args, "--lang") ?? "ko";
        var saves = int.Parse(Option(args, "--saves") ?? "20", CultureInfo.InvariantCulture);
        var command = Option(args, "--command") ?? Path.Combine(RepoPaths.Root, "src", "Briefing.Cli", "bin", "Release", "net10.0", "brief.dll");
        if (!File.Exists(command))
        {
            Console.Error.WriteLine($"{command} is not built: dotnet build src/Briefing.Cli -c Release");
            return 3;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"brief-watch-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var brief = Path.Combine(folder, "summit.yaml");
        var text = File.ReadAllText(RepoPaths.SummitBrief);
        File.WriteAllText(brief, text);
        var start = new ProcessStartInfo(command.EndsWith(".dll", StringComparison.Ordinal) ? "dotnet" : command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (command.EndsWith(".dll", StringComparison.Ordinal))
            start.ArgumentList.Add(command);
        foreach (var a in new[] { "watch", brief, "--lang", language, "--out", Path.Combine(folder, "out") })
            start.ArgumentList.Add(a);

        var lines = new System.Collections.Concurrent.BlockingCollection<(string Line, long At)>();
        var reported = new List<double>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lines.Add((e.Data, Stopwatch.GetTimestamp()));
        };
        process.ErrorDataReceived += (_, e) =>
        {
            // "<file>: done in N ms": the command's own time from picking the change up to the PDF on disk.
            if (e.Data is { } line && line.EndsWith(" ms", StringComparison.Ordinal) && line.Contains(": done in ", StringComparison.Ordinal))
            {
                var ms = line[(line.LastIndexOf(": done in ", StringComparison.Ordinal) + 10)..^3];
                lock (reported)
                    reported.Add(double.Parse(ms, CultureInfo.InvariantCulture));
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            if (!lines.TryTake(out _, TimeSpan.FromMinutes(2)))
                throw new TimeoutException("no first render within 2 minutes");
            var latencies = new List<double>(saves);
            for (var i = 0; i < saves; i++)
            {
                Thread.Sleep(300); // apart from the previous save, so each one is its own burst
                var swap = Path.Combine(folder, ".summit.yaml.swp");
                File.WriteAllText(swap, text + $"# save {i}\n");
                var saved = Stopwatch.GetTimestamp();
                File.Move(swap, brief, overwrite: true);
                if (!lines.TryTake(out var written, TimeSpan.FromMinutes(1)))
                    throw new TimeoutException($"save {i}: no PDF within a minute");
                latencies.Add(Stopwatch.GetElapsedTime(saved, written.At).TotalMilliseconds);
            }

            latencies.Sort();
            List<double> own;
            lock (reported)
                own = [.. reported.Skip(1).Order()];
            Console.WriteLine($"brief watch, summit brief ({language}), {saves} saves by rename; debounce 50 ms (the default) included");
            Console.WriteLine($"save-to-PDF ms: min {latencies[0]:F0}  median {Percentile(latencies, 0.5):F0}  p90 {Percentile(latencies, 0.9):F0}  max {latencies[^1]:F0}");
            if (own.Count > 0)
                Console.WriteLine($"render+write ms as the command reports it: min {own[0]:F0}  median {Percentile(own, 0.5):F0}  max {own[^1]:F0}");
            return 0;
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
