using Briefing.Diagnostics;

namespace Briefing.Cli.Rendering;

/// <summary>What happened to one brief of a run: its problem lines, the PDFs written, and its exit code.</summary>
internal sealed class BriefOutcome
{
    /// <summary>Diagnostics and errors, one line each, in the order found (standard error).</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The paths of the PDFs written (standard output).</summary>
    public List<string> Written { get; } = [];

    /// <summary>The exit code this brief asks for; the run exits with the worst.</summary>
    public int ExitCode { get; private set; } = ExitCodes.Ok;

    private IReadOnlyList<Diagnostic> _loaded = [];
    private Task<IReadOnlyList<Diagnostic>>? _later;

    /// <summary>
    /// Records the brief's load diagnostics, as the first problem lines, and starts <paramref name="later"/>
    /// (the translation drift check, warnings only) on the thread pool; <see cref="Settle"/> merges its
    /// diagnostics among them in position order, as if it had run with the rest of validation.
    /// </summary>
    public void Loaded(IReadOnlyList<Diagnostic> diagnostics, Func<IReadOnlyList<Diagnostic>>? later)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == Severity.Error)
            {
                Fail(diagnostic.ToString());
            }
            else
            {
                Problems.Add(diagnostic.ToString());
            }
        }

        _loaded = diagnostics;
        _later = later is null ? null : Task.Run(later);
    }

    /// <summary>Waits for the diagnostics started by <see cref="Loaded"/> and puts them in their place; called once, before the outcome is reported.</summary>
    public void Settle()
    {
        if (_later is null)
        {
            return;
        }

        var later = _later.GetAwaiter().GetResult();
        _later = null;
        if (later.Count == 0)
        {
            return;
        }

        // Both lists are sorted by Diagnostic.Compare; equal ones print the same line, so their order is moot.
        var merged = new List<string>(_loaded.Count + later.Count);
        var (i, j) = (0, 0);
        while (i < _loaded.Count || j < later.Count)
        {
            var takeLoaded = j == later.Count || (i < _loaded.Count && Diagnostic.Compare(_loaded[i], later[j]) <= 0);
            var next = takeLoaded ? _loaded[i++] : later[j++];
            merged.Add(next.ToString());
            if (!takeLoaded && next.Severity == Severity.Error)
            {
                ExitCode = ExitCodes.Worst(ExitCode, ExitCodes.InputProblems);
            }
        }

        Problems.RemoveRange(0, _loaded.Count);
        Problems.InsertRange(0, merged);
    }

    /// <summary>Adds a problem line that makes the run fail with <paramref name="exitCode"/>.</summary>
    public void Fail(string line, int exitCode = ExitCodes.InputProblems)
    {
        Problems.Add(line);
        ExitCode = ExitCodes.Worst(ExitCode, exitCode);
    }
}
