namespace Briefing.Cli;

/// <summary>The exit codes of <c>brief</c>, as documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>Problems in the input: a brief with errors, a missing file, a failed write.</summary>
    public const int InputProblems = 1;

    /// <summary>Wrong usage: unknown command or option, bad option value.</summary>
    public const int Usage = 2;
}
