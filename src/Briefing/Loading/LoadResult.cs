using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Loading;

/// <summary>What loading a brief gave: the brief when it has no errors, and every diagnostic sorted by position.</summary>
public sealed record LoadResult(Brief? Brief, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The bytes the brief was read from (what a PDF embeds as its source); null when the file could not be read.</summary>
    public byte[]? Source { get; init; }

    /// <summary>
    /// The translation drift check still to run, when the loader was asked to leave it for later
    /// (<see cref="BriefLoader.DeferTranslationDrift"/>) and the file had no errors before it: its warnings,
    /// sorted by position, belong among <see cref="Diagnostics"/>. Null otherwise.
    /// </summary>
    public Func<IReadOnlyList<Diagnostic>>? TranslationDrift { get; init; }

    /// <summary>Whether any diagnostic is an error (then <see cref="Brief"/> is null).</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == Severity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
