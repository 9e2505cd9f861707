using System.Diagnostics;
using Briefing.Testing;
using CsCheck;

namespace Briefing.Fuzz;

/// <summary>
/// One bounded run of a target: first every input of its corpus (past findings, tests/Briefing.Fuzz/corpus/
/// &lt;target&gt;/), then generated cases for the given time. The cases form a chain from the run's seed:
/// each case's seed is the generator's state before it, so <c>--seed</c> with the seed of the run repeats
/// the run, and with the seed of a finding starts at that very case.
/// </summary>
internal sealed class FuzzRun(IFuzzTarget target, Guard guard, FuzzOptions options)
{
    /// <summary>A new seed for a run that was given none.</summary>
    public static string NewSeed() =>
        new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString();

    /// <summary>The finding (what, seed or file, and the exception), or null when the run found nothing.</summary>
    public string? Run(out long cases)
    {
        cases = 0;
        foreach (var file in Corpus())
        {
            var input = File.ReadAllBytes(file);
            if (Check(input, $"corpus file {file}") is { } finding)
            {
                return finding;
            }

            cases++;
        }

        var seed = options.Seed ?? NewSeed();
        Console.WriteLine($"fuzz {target.Name}: {cases} corpus input(s) replayed; seed {seed} (reproduce: --target {target.Name} --seed {seed})");
        var pcg = PCG.Parse(seed);
        var first = new List<byte[]>();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < options.Seconds && cases < options.MaxCases)
        {
            var caseSeed = pcg.ToString();
            var input = target.Generate(pcg);
            if (first.Count < ReplayCheck)
            {
                first.Add(input);
            }

            if (Check(input, $"seed {caseSeed}") is { } finding)
            {
                return finding;
            }

            cases++;
        }

        return Reproduces(seed, first);
    }

    /// <summary>How many of the first generated cases are generated again from the seed, to prove <c>--seed</c> repeats the run.</summary>
    private const int ReplayCheck = 20;

    /// <summary>Null when the seed gives the same first inputs again; else a finding (a generator with hidden state).</summary>
    private string? Reproduces(string seed, List<byte[]> first)
    {
        var pcg = PCG.Parse(seed);
        for (var i = 0; i < first.Count; i++)
        {
            if (!target.Generate(pcg).AsSpan().SequenceEqual(first[i]))
            {
                return $"seed {seed} does not reproduce the run: its case {i + 1} came out different the second time";
            }
        }

        return null;
    }

    private string? Check(byte[] input, string origin)
    {
        guard.Begin(input, origin);
        try
        {
            target.Check(input);
            return null;
        }
        catch (Exception e)
        {
            var saved = Guard.Save(target.Name, input);
            return $"{e.GetType().Name}: {e.Message.Split('\n')[0]} ({origin}; reproduce: --target {target.Name} "
                + (origin.StartsWith("seed ", StringComparison.Ordinal) ? $"--seed {origin[5..]}" : "(it is replayed first)")
                + $"; input saved to {saved}; once fixed, move it into the corpus)\n{e}";
        }
        finally
        {
            guard.End();
        }
    }

    private IEnumerable<string> Corpus()
    {
        var folder = options.Corpus ?? (RepositoryRoot.TryFind() is { } root ? Path.Combine(root, "tests", "Briefing.Fuzz", "corpus") : null);
        if (folder is null)
        {
            return [];
        }

        var own = Path.Combine(folder, target.Name);
        return Directory.Exists(own)
            ? Directory.EnumerateFiles(own).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
