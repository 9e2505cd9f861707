using Briefing.Cli.CommandLine;
using Briefing.Model;

namespace Briefing.Cli.Rendering;

/// <summary>What <c>brief render</c> was asked: which briefs, in which languages, into which folder, on which paper.</summary>
internal sealed record RenderRequest(IReadOnlyList<string> Paths, LanguageSelection Languages, string OutFolder, PaperSize? Paper);
