using System.CommandLine;
using Briefing.Cli.CommandLine;
using Briefing.Cli.Files;
using Briefing.Cli.Handover;
using Briefing.Cli.Output;
using Briefing.Cli.Rendering;
using Briefing.Cli.Resources;

namespace Briefing.Cli.Commands;

/// <summary><c>brief render &lt;file|dir&gt;... [--lang] [--out] [--paper] [--frame] [--pdf-standard]</c>: PDFs named <c>&lt;out&gt;/&lt;id&gt;.&lt;lang&gt;.pdf</c>.</summary>
internal static class RenderCommand
{
    /// <summary>The command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var paths = CommonOptions.BriefPaths();
        var language = CommonOptions.Language(nameof(Messages.OptionRenderLang));
        var output = new Option<string>("--out", "-o")
        {
            Description = nameof(Messages.OptionOut),
            HelpName = "dir",
            DefaultValueFactory = _ => "out",
        };
        var paper = CommonOptions.Paper();
        var standard = PdfStandardOption.Create();
        var noSource = CommonOptions.NoSource();
        var theme = CommonOptions.Theme();
        var frame = CommonOptions.Frame();
        var command = new Command("render", nameof(Messages.RenderDescription)) { paths, language, output, paper, frame, noSource, standard, theme };
        command.SetAction(parse =>
        {
            var request = new RenderRequest(
                parse.GetRequiredValue(paths),
                parse.GetValue(language) ?? LanguageSelection.Every,
                parse.GetValue(output) is { Length: > 0 } folder ? folder : "out",
                parse.GetValue(paper),
                parse.GetValue(standard),
                IncludeSource: !parse.GetValue(noSource),
                Frame: parse.GetValue(frame))
            {
                Theme = parse.GetValue(theme),
            };
            // A PDF input is read only by the full build: the lean native binary hands it the whole command.
            return BriefInputs.NeedFullBinary(request.Paths) ? FullBinary.HandOver(context.Error) : new RenderRun(context, request).Execute();
        });
        return command;
    }
}
