using System.CommandLine;
using System.CommandLine.Invocation;
using Briefing.Cli.Commands;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;

namespace Briefing.Cli.CommandLine;

/// <summary>The <c>brief</c> command tree, and the one place that maps parse errors to exit code 2.</summary>
internal static class BriefCommandLine
{
    /// <summary>The root command with every subcommand, writing through <paramref name="context"/>.</summary>
    public static RootCommand Build(CommandContext context)
    {
        var render = RenderCommand.Create(context);
        var validate = ValidateCommand.Create(context);
        var create = NewCommand.Create(context);
        var schema = SchemaCommand.Create(context);
        var fonts = FontsCommand.Create(context);
        var snapshot = SnapshotCommand.Create(context);
        var extract = ExtractCommand.Create(context);
        var watch = WatchCommand.Create(context);
        var bundle = BundleCommand.Create(context);
        var root = new RootCommand(Messages.RootDescription) { render, validate, create, schema, fonts, snapshot, extract, watch, bundle };
        HelpWithExamples.Install(root, new Dictionary<Command, string>
        {
            [root] = Messages.RootExamples,
            [render] = Messages.RenderExamples,
            [validate] = Messages.ValidateExamples,
            [create] = Messages.NewExamples,
            [schema] = Messages.SchemaExamples,
            [fonts] = Messages.FontsExamples,
            [snapshot] = Messages.SnapshotExamples,
            [extract] = Messages.ExtractExamples,
            [watch] = Messages.WatchExamples,
            [bundle] = Messages.BundleExamples,
        });
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>. Parse errors print on standard error with a pointer to
    /// <c>--help</c> and exit 2 (System.CommandLine's own handler would exit 1, the code for bad input).
    /// Unexpected exceptions are left to the caller.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, CommandContext context)
    {
        var root = Build(context);
        var parse = root.Parse(args);
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
