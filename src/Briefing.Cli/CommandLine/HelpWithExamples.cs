using System.CommandLine;
using System.CommandLine.Invocation;

namespace Briefing.Cli.CommandLine;

/// <summary>
/// The built-in help, followed by the command's examples. Examples live apart from the descriptions so
/// that the command list under <c>brief --help</c> stays one paragraph per command.
/// </summary>
internal sealed class HelpWithExamples(CommandLineAction help, IReadOnlyDictionary<Command, Func<string>> examples) : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        DeferredDescriptions.Resolve(parseResult.RootCommandResult.Command);
        var exit = help is SynchronousCommandLineAction synchronous ? synchronous.Invoke(parseResult) : 0;
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var examplesOf))
        {
            var text = examplesOf();
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(text.TrimEnd());
            output.WriteLine();
        }

        return exit;
    }
}
