using System.CommandLine;
using Briefing.Cli.CommandLine;
using Briefing.Cli.Handover;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Cli.Snapshots;

namespace Briefing.Cli.Commands;

/// <summary>
/// <c>brief snapshot &lt;file|dir&gt;... [--dir snapshots] [--png] [--check]</c>: text (and page image) snapshots
/// of each brief in each of its languages, written as <c>&lt;dir&gt;/&lt;id&gt;.&lt;lang&gt;.verified.txt</c>, or checked against them.
/// </summary>
internal static class SnapshotCommand
{
    /// <summary>The folder snapshots go to when <c>--dir</c> is not given.</summary>
    public const string DefaultFolder = "snapshots";

    /// <summary>The command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var paths = CommonOptions.BriefPaths();
        var folder = new Option<string>("--dir", "-d")
        {
            Description = nameof(Messages.OptionSnapshotDir),
            HelpName = "dir",
            DefaultValueFactory = _ => DefaultFolder,
        };
        var png = new Option<bool>("--png") { Description = nameof(Messages.OptionSnapshotPng) };
        var check = new Option<bool>("--check") { Description = nameof(Messages.OptionSnapshotCheck) };
        var command = new Command("snapshot", nameof(Messages.SnapshotDescription)) { paths, folder, png, check };
        command.SetAction(parse =>
        {
            var request = new SnapshotRequest(
                parse.GetRequiredValue(paths),
                parse.GetValue(folder) is { Length: > 0 } dir ? dir : DefaultFolder,
                parse.GetValue(png),
                parse.GetValue(check));
            // The lean native binary leaves snapshot's PDF reading out and hands the command to the full one.
            return PdfReading.IsSupported ? new SnapshotRun(context, request).Execute() : FullBinary.HandOver(context.Error);
        });
        return command;
    }
}
