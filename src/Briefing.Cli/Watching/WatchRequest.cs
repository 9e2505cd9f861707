using Briefing.Cli.CommandLine;
using Briefing.Model;

namespace Briefing.Cli.Watching;

/// <summary>What <c>brief watch</c> was asked: the briefs (files or folders), languages, output folder, paper, source and page images.</summary>
internal sealed record WatchRequest(
    IReadOnlyList<string> Paths, LanguageSelection Languages, string OutFolder, PaperSize? Paper, bool IncludeSource, bool Png)
{
    /// <summary>
    /// How long the folders must stay quiet after a change before the render starts: one render per burst of saves.
    /// Editors write a save within a few milliseconds, so the default is short: it is part of every save's latency.
    /// </summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(DefaultQuietMs);

    /// <summary>The default of <see cref="Quiet"/> in milliseconds (<c>--debounce</c>).</summary>
    public const int DefaultQuietMs = 50;
}
