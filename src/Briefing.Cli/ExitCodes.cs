namespace Briefing.Cli;

/// <summary>The exit codes of <c>brief</c>, as documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked (warnings alone still exit 0).</summary>
    public const int Ok = 0;

    /// <summary>Problems in the input: a brief with errors, a missing file, a failed render or write.</summary>
    public const int InputProblems = 1;

    /// <summary>Wrong usage: unknown command or option, bad option value, missing argument.</summary>
    public const int Usage = 2;

    /// <summary>A bug in brief itself (an unexpected exception); 70 is sysexits' EX_SOFTWARE.</summary>
    public const int InternalError = 70;

    /// <summary>The worse of two exit codes: internal error over input problems over success.</summary>
    public static int Worst(int left, int right) => Rank(left) >= Rank(right) ? left : right;

    private static int Rank(int code) => code switch
    {
        Ok => 0,
        InputProblems => 1,
        Usage => 2,
        _ => 3,
    };
}
