using Briefing.Diagnostics;
using Briefing.Typesetting.Fonts;

namespace Briefing.Theming;

/// <summary>
/// Finds the families a theme names and adds their faces to a font library: first in the theme's own
/// <c>fonts.dirs</c>, then in the system's font folders. A variable font is added as two static instances, regular
/// (400) and bold (700), the weights the roles ask for. A family found nowhere is THM050 at the place the theme names it.
/// </summary>
public static class ThemeFonts
{
    /// <summary>The weights the document's roles use: running text 400, headings and bold 700.</summary>
    public static IReadOnlyList<int> RoleWeights { get; } = [400, 700];

    /// <summary>
    /// Adds the faces of every family of <paramref name="theme"/> to <paramref name="library"/>; returns a diagnostic
    /// per family not found. <paramref name="system"/> is the catalog of the system's font folders (scanned once by the caller).
    /// </summary>
    public static IReadOnlyList<Diagnostic> AddTo(FontLibrary library, Theme theme, FontCatalog system, VariableInstances instances)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(theme);
        var own = theme.FontFolders.Count > 0 ? FontCatalog.Scan(theme.FontFolders) : null;
        var bag = new DiagnosticBag();
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, choice) in theme.Fonts)
        {
            foreach (var (family, span) in new[] { (choice.Body, choice.BodySpan), (choice.Heading, choice.HeadingSpan) })
            {
                if (!done.Add(family))
                    continue;
                var catalog = own is not null && own.Family(family).Count > 0 ? own : system;
                if (library.AddFamily(catalog, family, RoleWeights, instances).Count == 0)
                {
                    var searched = string.Join(", ", theme.FontFolders.Concat(FontCatalog.SystemFolders().Take(2)));
                    bag.Add(ThemeCodes.FamilyNotInstalled, span, $"the font family '{family}' is not installed (searched {searched}, ...)");
                }
            }
        }

        return bag.ToSortedList();
    }
}
