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

    /// <summary>Adds a problem line that makes the run fail with <paramref name="exitCode"/>.</summary>
    public void Fail(string line, int exitCode = ExitCodes.InputProblems)
    {
        Problems.Add(line);
        ExitCode = ExitCodes.Worst(ExitCode, exitCode);
    }
}
