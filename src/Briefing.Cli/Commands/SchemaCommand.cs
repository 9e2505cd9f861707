using System.CommandLine;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Schema;

namespace Briefing.Cli.Commands;

/// <summary><c>brief schema [--theme]</c>: the JSON Schema of the brief format (or of the theme format) on standard output.</summary>
internal static class SchemaCommand
{
    /// <summary>The command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var theme = new Option<bool>("--theme") { Description = nameof(Messages.OptionSchemaTheme) };
        var command = new Command("schema", nameof(Messages.SchemaDescription)) { theme };
        command.SetAction(parse =>
        {
            var schema = parse.GetValue(theme) ? Theming.ThemeSchema.Generate() : BriefSchema.Generate();
            context.Out.Write(schema);
            if (!schema.EndsWith('\n'))
            {
                context.Out.WriteLine();
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
