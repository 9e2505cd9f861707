using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Briefing.Cli.Resources;

namespace Briefing.Cli.CommandLine;

/// <summary>
/// The root's <c>--help</c> (inherited by every subcommand) and <c>--version</c>, with the names, aliases and
/// behaviour of System.CommandLine's own. Those (<c>HelpOption</c>, <c>VersionOption</c>, which <c>RootCommand</c>
/// adds) read their descriptions from System.CommandLine's resource manager as they are constructed, and setting
/// that up (reflection over its assembly and attributes) was 5–7 % of a short render's main thread, for two lines
/// that only help prints. These take their descriptions from our messages, looked up only when help is shown
/// (<see cref="DeferredDescriptions"/>).
/// </summary>
internal static class StandardOptions
{
    /// <summary>
    /// <c>-?</c>, <c>-h</c>, <c>--help</c> (and <c>/?</c>, <c>/h</c>): the built-in help, then the command's
    /// examples from <paramref name="examples"/>. Recursive, so every subcommand has it.
    /// </summary>
    public static Option Help(IReadOnlyDictionary<Command, Func<string>> examples) =>
        new Option<bool>("--help", "-h", "/h", "-?", "/?")
        {
            Recursive = true,
            Arity = ArgumentArity.Zero,
            Description = nameof(Messages.HelpOptionDescription),
            Action = new HelpWithExamples(new HelpAction(), examples),
        };

    /// <summary><c>--version</c>: prints the informational version (version and commit) and exits 0.</summary>
    public static Option Version() =>
        new Option<bool>("--version")
        {
            Arity = ArgumentArity.Zero,
            Description = nameof(Messages.VersionOptionDescription),
            Action = new PrintVersion(),
        };

    // Clears parse errors as System.CommandLine's version option does: `brief --version` with anything else
    // still prints the version.
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        // A constant the build writes (BuildVersion): the attribute's text, without reflection at run time.
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(BuildVersion.Informational);
            return 0;
        }
    }
}
