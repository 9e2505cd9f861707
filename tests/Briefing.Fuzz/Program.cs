using System.Diagnostics;

namespace Briefing.Fuzz;

/// <summary>
/// Fuzzes brief for a bounded time: <c>dotnet run -c Release --project tests/Briefing.Fuzz -- --seconds 60 --target loader|layout|pdf-source [--seed S]</c>.
/// Prints the executions and findings; exits 1 on a finding (an exception, a hang or memory over the bound),
/// after saving the input under <c>findings/</c>, so that CI fails and the input can become a regression test.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (!FuzzOptions.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("usage: Briefing.Fuzz --seconds N --target loader|layout|pdf-source [--seed S] [--case-timeout S] [--max-memory-mb M]");
            return 2;
        }

        using var guard = new Guard(options);
        IFuzzTarget target = options.Target switch
        {
            "loader" => new LoaderTarget(guard),
            "pdf-source" => new PdfSourceTarget(guard),
            _ => new LayoutTarget(guard),
        };
        var watch = Stopwatch.StartNew();
        var finding = target.Run(options);
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
