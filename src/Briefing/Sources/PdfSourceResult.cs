using Briefing.Diagnostics;

namespace Briefing.Sources;

/// <summary>What reading a PDF's sources gave: every source whose checksums hold, and a diagnostic for each problem.</summary>
public sealed record PdfSourceResult(IReadOnlyList<EmbeddedSource> Sources, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
