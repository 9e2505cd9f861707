using Briefing.Cli.Launching;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;

namespace Briefing.Cli.Handover;

/// <summary>
/// Hands the whole command line over to the build of <c>brief</c> that reads PDFs, for a lean binary that
/// left PDF reading out (<see cref="PdfReading"/>). It replaces this process (<c>execve</c>), so the user's
/// standard input, output, error, exit code and signals are the other binary's (<see cref="ProcessReplacement"/>).
/// What it starts is <c>./brief</c>, the launcher, with <c>BRIEF_FULL=1</c>: the launcher builds the full
/// binary when it is missing or older than the sources, then starts it with the same arguments.
/// </summary>
internal static class FullBinary
{
    /// <summary>The runtime configuration property naming the command to hand over to, relative to this binary's folder.</summary>
    public const string CommandProperty = "Briefing.Cli.PdfReading.FullCommand";

    /// <summary>Where <c>./brief</c> is from the lean binary's folder (<c>artifacts/brief-native/</c>).</summary>
    public const string DefaultCommand = "../../brief";

    /// <summary>The environment variable that tells the launcher to run the full binary.</summary>
    public const string EnvironmentVariable = "BRIEF_FULL";

    /// <summary>
    /// Starts the full build in place of this process with this process's own arguments. Returns only when
    /// that failed, after saying why on <paramref name="error"/>: the exit code is then an internal error's,
    /// since the lean binary's layout is the launcher's and a user did nothing wrong.
    /// </summary>
    public static int HandOver(TextWriter error)
    {
        var command = Command();
        error.Flush();
        var reason = ProcessReplacement.Exec(command, Arguments(command, Environment.GetCommandLineArgs()), EnvironmentVariable + "=1");
        error.WriteLine(Text.Format(Messages.HandOverFailed, command, reason));
        return ExitCodes.InternalError;
    }

    /// <summary>The full path of the command to hand over to: the runtime property's value, or <see cref="DefaultCommand"/>, from this binary's folder.</summary>
    internal static string Command() =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, AppContext.GetData(CommandProperty) as string ?? DefaultCommand));

    /// <summary>
    /// The argument vector for <paramref name="command"/>: its own path, then this process's arguments after
    /// the program's name (<paramref name="commandLine"/> is <see cref="Environment.GetCommandLineArgs"/>).
    /// </summary>
    internal static IReadOnlyList<string> Arguments(string command, IReadOnlyList<string> commandLine) =>
        [command, .. commandLine.Skip(1)];
}
