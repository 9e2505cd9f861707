using System.CommandLine;
using System.CommandLine.Invocation;
using Briefing.Cli.Commands;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;

namespace Briefing.Cli.CommandLine;

/// <summary>The <c>brief</c> command tree, and the one place that maps parse errors to exit code 2.</summary>
internal static class BriefCommandLine
{
    // Every subcommand, in the order `brief --help` lists them, with its examples (read only when help is shown).
    private static readonly (string Name, Func<CommandContext, Command> Create, Func<string> Examples)[] Subcommands =
    [
        ("render", RenderCommand.Create, () => Messages.RenderExamples),
        ("validate", ValidateCommand.Create, () => Messages.ValidateExamples),
        ("new", NewCommand.Create, () => Messages.NewExamples),
        ("schema", SchemaCommand.Create, () => Messages.SchemaExamples),
        ("fonts", FontsCommand.Create, () => Messages.FontsExamples),
        ("snapshot", SnapshotCommand.Create, () => Messages.SnapshotExamples),
        ("extract", ExtractCommand.Create, () => Messages.ExtractExamples),
        ("watch", WatchCommand.Create, () => Messages.WatchExamples),
        ("bundle", BundleCommand.Create, () => Messages.BundleExamples),
    ];

    /// <summary>What <see cref="Build"/> is given for a command line of <c>--version</c> alone (no argument can be this).</summary>
    internal const string VersionAlone = "\0--version";

    /// <summary>
    /// The root command, writing through <paramref name="context"/>. When <paramref name="first"/> (the first
    /// argument) names a subcommand, the root holds only that one: what follows a subcommand's name is parsed
    /// by that subcommand alone, so the others would only cost start-up (building nine commands and their
    /// options was 3 % of a short render). Anything else (no argument, an option, a misspelt command) gets
    /// every subcommand, for the command list and the suggestions; except <c>--version</c> given alone
    /// (<paramref name="first"/> is <see cref="VersionAlone"/>), which needs none.
    /// </summary>
    public static Command Build(CommandContext context, string? first = null)
    {
        var chosen = first == VersionAlone ? [] : Array.FindAll(Subcommands, subcommand => subcommand.Name == first);

        // A plain command, not System.CommandLine's RootCommand: see StandardOptions for why. What RootCommand
        // adds beyond the two options is the [suggest] directive of dotnet-suggest, which brief never offered.
        var root = new Command("brief", nameof(Messages.RootDescription));
        var examples = new Dictionary<Command, Func<string>> { [root] = () => Messages.RootExamples };
        root.Options.Add(StandardOptions.Help(examples));
        root.Options.Add(StandardOptions.Version());
        foreach (var (_, create, text) in chosen.Length == 1 || first == VersionAlone ? chosen : Subcommands)
        {
            var command = create(context);
            root.Subcommands.Add(command);
            examples[command] = text;
        }

        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>. Parse errors print on standard error with a pointer to
    /// <c>--help</c> and exit 2 (System.CommandLine's own handler would exit 1, the code for bad input).
    /// Unexpected exceptions are left to the caller. <paramref name="beforeFirstEffect"/> runs after parsing,
    /// before anything is printed, written or started.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, CommandContext context, Action? beforeFirstEffect = null)
    {
        var root = Build(context, args.Count == 1 && args[0] == "--version" ? VersionAlone : args.Count > 0 ? args[0] : null);
        var parse = root.Parse(args);
        beforeFirstEffect?.Invoke();
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine(Text.Format(Messages.UsageError, error.Message));
            }

            var command = parse.CommandResult.Command;
            var name = command == root ? "brief" : "brief " + command.Name;
            context.Error.WriteLine(Text.Format(Messages.UsageHint, name));
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        });
    }
}
