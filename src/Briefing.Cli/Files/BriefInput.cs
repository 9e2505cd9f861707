using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Sources;

namespace Briefing.Cli.Files;

/// <summary>
/// One brief to load: a YAML file, or a brief carried inside a PDF (<see cref="Embedded"/>), or the problems
/// of a PDF whose sources could not be read (<see cref="Problems"/>, reported as the loader's diagnostics are).
/// </summary>
internal sealed record BriefInput(string Path, EmbeddedSource? Embedded, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>How diagnostics and outcomes name it: the file, or <c>report.pdf#x.yaml</c>.</summary>
    public string DisplayPath => Embedded?.DisplayPath(Path) ?? Path;

    /// <summary>The file name its source is embedded under in the PDFs rendered from it.</summary>
    public string SourceName => Embedded?.Name ?? System.IO.Path.GetFileName(Path);

    /// <summary>Loads and validates it.</summary>
    public LoadResult Load(BriefLoader loader) =>
        Problems.Count > 0 ? new LoadResult(null, Problems)
        : Embedded is { } source ? loader.Load(source, Path)
        : loader.Load(Path);
}
