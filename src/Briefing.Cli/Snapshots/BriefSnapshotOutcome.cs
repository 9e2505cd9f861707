namespace Briefing.Cli.Snapshots;

/// <summary>What happened to one brief's snapshots: problem lines, files written, reports, counts and exit code.</summary>
internal sealed class BriefSnapshotOutcome
{
    /// <summary>Diagnostics and errors, one line each (standard error).</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Verified files written or updated (standard output, without <c>--check</c>).</summary>
    public List<string> Written { get; } = [];

    /// <summary>The readable reports of snapshots that do not match: unified diffs, pixel counts (standard output).</summary>
    public List<string> Reports { get; } = [];

    /// <summary>Snapshots that matched their verified files.</summary>
    public int Matched { get; set; }

    /// <summary>Snapshots written (new or changed, without <c>--check</c>).</summary>
    public int Accepted { get; set; }

    /// <summary>Snapshots that differ from their verified files (under <c>--check</c>).</summary>
    public int Changed { get; set; }

    /// <summary>Snapshots with no verified file (under <c>--check</c>).</summary>
    public int Missing { get; set; }

    /// <summary>Errors among <see cref="Problems"/> (diagnostics of severity error, render and write failures).</summary>
    public int Errors { get; private set; }

    /// <summary>Warnings among <see cref="Problems"/>.</summary>
    public int Warnings { get; private set; }

    /// <summary>The exit code this brief asks for; the run exits with the worst.</summary>
    public int ExitCode { get; private set; } = ExitCodes.Ok;

    /// <summary>Adds a problem line that makes the run fail with <paramref name="exitCode"/>.</summary>
    public void Fail(string line, int exitCode = ExitCodes.InputProblems)
    {
        Problems.Add(line);
        Errors++;
        ExitCode = ExitCodes.Worst(ExitCode, exitCode);
    }

    /// <summary>Adds a warning line, which does not change the exit code.</summary>
    public void Warn(string line)
    {
        Problems.Add(line);
        Warnings++;
    }
}
