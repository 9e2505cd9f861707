namespace Briefing.Cli.Tests.Infrastructure;

/// <summary>What one run of the real <c>brief</c> process gave.</summary>
internal sealed record CommandRun(int ExitCode, string Out, string Error)
{
    public IReadOnlyList<string> OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
