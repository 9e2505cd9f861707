using System.CommandLine;
using Briefing.Cli.CommandLine;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Cli.Watching;

namespace Briefing.Cli.Commands;

/// <summary><c>brief watch &lt;file|dir&gt;... [--lang] [--out] [--paper] [--png] [--no-source]</c>: render, then render again on every change.</summary>
internal static class WatchCommand
{
    /// <summary>The command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var paths = CommonOptions.BriefPaths();
        var language = CommonOptions.Language(nameof(Messages.OptionRenderLang));
        var output = new Option<string>("--out", "-o") { Description = nameof(Messages.OptionOut), HelpName = "dir", DefaultValueFactory = _ => "out" };
        var paper = CommonOptions.Paper();
        var noSource = CommonOptions.NoSource();
        var png = new Option<bool>("--png") { Description = nameof(Messages.OptionWatchPng) };
        var debounce = new Option<int>("--debounce")
        {
            Description = nameof(Messages.OptionWatchDebounce),
            HelpName = "ms",
            DefaultValueFactory = _ => WatchRequest.DefaultQuietMs,
        };
        debounce.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 60_000)
            {
                result.AddError(Messages.WatchDebounceRange);
            }
        });
        var command = new Command("watch", nameof(Messages.WatchDescription)) { paths, language, output, paper, png, noSource, debounce };
        command.SetAction(parse => new WatchRun(context, new WatchRequest(
            parse.GetRequiredValue(paths),
            parse.GetValue(language) ?? LanguageSelection.Every,
            parse.GetValue(output) is { Length: > 0 } folder ? folder : "out",
            parse.GetValue(paper),
            IncludeSource: !parse.GetValue(noSource),
            Png: parse.GetValue(png))
        {
            Quiet = TimeSpan.FromMilliseconds(parse.GetValue(debounce)),
        }).Execute());
        return command;
    }
}
