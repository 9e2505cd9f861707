using Spectre.Console;

namespace Briefing.Cli.Output;

/// <summary>
/// A progress bar on standard error, drawn only when standard error is an interactive terminal that
/// understands ANSI; when piped or in CI, <see cref="TryCreate"/> gives null and the run stays quiet.
/// </summary>
internal sealed class ProgressDisplay
{
    private readonly IAnsiConsole _console;

    private ProgressDisplay(IAnsiConsole console) => _console = console;

    /// <summary>A display on the context's standard error, or null when it is not an interactive terminal.</summary>
    public static ProgressDisplay? TryCreate(CommandContext context)
    {
        if (!context.ErrorIsTerminal)
        {
            return null;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi ? new ProgressDisplay(console) : null;
    }

    /// <summary>Runs <paramref name="work"/>, which calls the given action once per finished step of <paramref name="steps"/>.</summary>
    public void Run(string description, int steps, Action<Action> work)
    {
        _console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(description, maxValue: Math.Max(steps, 1));
                var gate = new object();
                work(() =>
                {
                    lock (gate)
                    {
                        task.Increment(1);
                    }
                });
            });
    }
}
