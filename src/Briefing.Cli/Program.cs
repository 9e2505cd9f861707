using System.Text;
using Briefing.Cli.CommandLine;
using Briefing.Cli.Launching;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;

namespace Briefing.Cli;

/// <summary>The entry point of the <c>brief</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code (see README: 0, 1, 2, or 70 for a bug).</summary>
    public static int Main(string[] args)
    {
        // First, so that its walk over the sources overlaps everything before the command's first step.
        var launcherCheck = LauncherCheck.Start(args);
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, new CommandContext(Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected), launcherCheck);
    }

    /// <summary>
    /// Runs the command line against <paramref name="context"/>; never throws. <paramref name="launcherCheck"/>,
    /// when <c>./brief</c> started this binary without checking its sources, is settled before the command does
    /// anything visible (and runs the launcher again instead when the build is stale).
    /// </summary>
    internal static int Run(IReadOnlyList<string> args, CommandContext context, LauncherCheck? launcherCheck = null)
    {
        try
        {
            return BriefCommandLine.Run(args, context, launcherCheck is null ? null : launcherCheck.EnsureCurrent);
        }
        catch (Exception e)
        {
            if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
            {
                e = aggregate.InnerExceptions[0]; // from a parallel render: the cause, not the wrapper
            }

            // Never a stack trace: one line, and an exit code that tells a bug apart from bad input.
            try
            {
                context.Error.WriteLine(Text.Format(Messages.InternalError, CliDiagnostic.OneLine(e.Message)));
            }
            catch (IOException)
            {
                // Standard error is gone too; the exit code is all that is left to say it.
            }

            return ExitCodes.InternalError;
        }
    }
}
