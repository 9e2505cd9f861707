using System.Runtime.InteropServices;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;

namespace Briefing.Cli.Handover;

/// <summary>
/// Hands the whole command line over to the build of <c>brief</c> that reads PDFs, for a lean binary that
/// left PDF reading out (<see cref="PdfReading"/>). It replaces this process (<c>execv</c>), so the user's
/// standard input, output, error, exit code and signals are the other binary's, with nothing in between.
/// What it starts is <c>./brief</c>, the launcher, with <c>BRIEF_FULL=1</c>: the launcher builds the full
/// binary when it is missing or older than the sources, then starts it with the same arguments.
/// </summary>
internal static partial class FullBinary
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
        var argv = Arguments(command, Environment.GetCommandLineArgs());
        var native = new nint[argv.Count + 1];
        try
        {
            for (var i = 0; i < argv.Count; i++)
            {
                native[i] = Marshal.StringToCoTaskMemUTF8(argv[i]);
            }

            // setenv, not Environment.SetEnvironmentVariable: .NET keeps its own copy of the environment,
            // and execv passes the C library's.
            if (SetEnv(EnvironmentVariable, "1", 1) == 0)
            {
                // .NET ignores SIGPIPE, and an ignored signal stays ignored across execv; the default
                // disposition is what a command started from a shell has, and what the full binary's own
                // child processes (pdftoppm) should inherit.
                Signal(SigPipe, SigDefault);
                error.Flush();
                Execv(command, native);
            }

            error.WriteLine(Text.Format(Messages.HandOverFailed, command, Marshal.GetLastPInvokeErrorMessage()));
            return ExitCodes.InternalError;
        }
        finally
        {
            foreach (var pointer in native)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
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

    [LibraryImport("libc", EntryPoint = "execv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Execv(string path, nint[] argv);

    private const int SigPipe = 13;
    private const nint SigDefault = 0;

    [LibraryImport("libc", EntryPoint = "signal")]
    private static partial nint Signal(int signal, nint handler);

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
