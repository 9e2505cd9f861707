using System.CommandLine;
using System.Text;
using Briefing.Cli.Files;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Cli.Skeleton;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Localization;

namespace Briefing.Cli.Commands;

/// <summary><c>brief new &lt;id&gt; [--out DIR]</c>: a skeleton brief that validates, never over an existing file.</summary>
internal static class NewCommand
{
    /// <summary>The command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var id = new Argument<string>("id") { Description = nameof(Messages.ArgumentNewId) };
        var output = new Option<string>("--out", "-o")
        {
            Description = nameof(Messages.OptionNewOut),
            HelpName = "dir",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("new", nameof(Messages.NewDescription)) { id, output };
        command.SetAction(parse => Run(context, parse.GetRequiredValue(id), parse.GetValue(output) is { Length: > 0 } folder ? folder : "."));
        return command;
    }

    private static int Run(CommandContext context, string id, string folder)
    {
        var path = Path.Combine(folder, id + ".yaml");
        var yaml = SkeletonBrief.Create(id, SupportedLanguages.All(), DateOnly.FromDateTime(DateTime.Now));

        // The domain decides what a valid id is: an id it rejects is a usage error, and nothing is written.
        var check = new BriefLoader().Load(yaml, path);
        if (check.HasErrors)
        {
            foreach (var diagnostic in check.Diagnostics)
            {
                if (diagnostic.Severity == Severity.Error)
                {
                    context.Error.WriteLine(Text.Format(Messages.NewBadId, id, diagnostic.Message));
                }
            }

            return ExitCodes.Usage;
        }

        if (File.Exists(path) || Directory.Exists(path))
        {
            context.Error.WriteLine(Text.Format(Messages.NewExists, path));
            return ExitCodes.InputProblems;
        }

        try
        {
            Directory.CreateDirectory(folder);
            AtomicFile.WriteNew(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(yaml));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine(File.Exists(path) ? Text.Format(Messages.NewExists, path) : Text.Format(Messages.NewCannotWrite, path, e.Message));
            return ExitCodes.InputProblems;
        }

        context.Out.WriteLine(path);
        var placeholders = check.Diagnostics.Count(d => d.Code == DiagnosticCodes.Placeholder.Code);
        context.Error.WriteLine(Text.Format(Messages.NewWritten, path, placeholders));
        return ExitCodes.Ok;
    }
}
