using System.CommandLine;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Schema;

namespace Briefing.Cli.Commands;

/// <summary><c>brief schema</c>: the JSON Schema of the brief format on standard output.</summary>
internal static class SchemaCommand
{
    /// <summary>The command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var command = new Command("schema", Messages.SchemaDescription);
        command.SetAction(_ =>
        {
            var schema = BriefSchema.Generate();
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
