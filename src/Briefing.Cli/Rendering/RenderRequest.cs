using Briefing.Cli.CommandLine;
using Briefing.Model;

namespace Briefing.Cli.Rendering;

/// <summary>
/// What <c>brief render</c> was asked: which briefs, in which languages, into which folder, on which paper,
/// and whether each PDF carries its brief's source (the default; <c>--no-source</c> leaves it out).
/// </summary>
internal sealed record RenderRequest(IReadOnlyList<string> Paths, LanguageSelection Languages, string OutFolder, PaperSize? Paper, bool IncludeSource = true);
