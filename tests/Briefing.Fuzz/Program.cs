using System.Diagnostics;

namespace Briefing.Fuzz;

/// <summary>
/// Fuzzes brief for a bounded time: <c>dotnet run -c Release --project tests/Briefing.Fuzz -- --seconds 60 --target loader|layout|pdf-source [--seed S]</c>.
/// Replays the corpus of past findings first, then prints the run's seed and runs generated cases. On a
/// finding (an exception, a wrong PDF, a hang or memory over the bound) it prints the seed of that case,
/// saves the input under <c>findings/</c> and exits 1, so that CI fails and the input can join the corpus.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (!FuzzOptions.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("usage: Briefing.Fuzz --seconds N --target loader|layout|pdf-source [--seed S] [--cases N] [--corpus DIR] [--case-timeout S] [--max-memory-mb M]");
            return 2;
        }

        using var guard = new Guard(options);
        IFuzzTarget target = options.Target switch
        {
            "loader" => new LoaderTarget(),
            "pdf-source" => new PdfSourceTarget(),
            _ => new LayoutTarget(),
        };
        var watch = Stopwatch.StartNew();
        var finding = new FuzzRun(target, guard, options).Run(out _);
        watch.Stop();
        Console.WriteLine(
            $"fuzz {options.Target}: {guard.Executions} executions in {watch.Elapsed.TotalSeconds:F0} s, "
            + $"{target.Outcomes}, peak working set {guard.PeakWorkingSetMb} MB, {(finding is null ? 0 : 1)} finding(s)");
        if (finding is null)
        {
            return 0;
        }

        Console.WriteLine("FINDING: " + finding);
        return 1;
    }
}
