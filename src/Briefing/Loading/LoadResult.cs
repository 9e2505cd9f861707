using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Loading;

/// <summary>What loading a brief gave: the brief when it has no errors, and every diagnostic sorted by position.</summary>
public sealed record LoadResult(Brief? Brief, IReadOnlyList<Diagnostic> Diagnostics)
{
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
