using Briefing.Diagnostics;
using Briefing.Rendering;
using Briefing.Theming;
using Briefing.Typesetting.Fonts;
using Briefing.Validation;

namespace Briefing.Cli.Rendering;

/// <summary>
/// The renderer and glyph-coverage check of one theme: the default fonts plus the theme's families (found in its
/// <c>fonts.dirs</c>, then the system's folders; variable fonts instanced at 400 and 700), with the diagnostics of
/// families not found. Made once per theme per run.
/// </summary>
internal sealed class ThemedServices : IDisposable
{
    public ThemedServices(Theme theme, FontLibrary fonts, IReadOnlyList<Diagnostic> fontProblems)
    {
        Theme = theme;
        FontProblems = fontProblems;
        Fonts = fonts;
        Renderer = new BriefRenderer(fonts, theme);
        Coverage = new GlyphCoverage(fonts, theme);
    }

    /// <summary>The theme.</summary>
    public Theme Theme { get; }

    /// <summary>The fonts: the defaults and the theme's.</summary>
    public FontLibrary Fonts { get; }

    /// <summary>A family of the theme that is not installed (THM050), one diagnostic each; empty when all are.</summary>
    public IReadOnlyList<Diagnostic> FontProblems { get; }

    /// <summary>The renderer in the theme.</summary>
    public BriefRenderer Renderer { get; }

    /// <summary>The coverage check against the theme's families.</summary>
    public GlyphCoverage Coverage { get; }

    /// <summary>Loads the default fonts (<see cref="FontSource"/>) and adds the theme's; throws as <see cref="FontSource.Load"/> does.</summary>
    public static ThemedServices Load(Theme theme, FontCatalog system)
    {
        var fonts = FontSource.Load();
        var problems = ThemeFonts.AddTo(fonts, theme, system, new VariableInstances(VariableInstances.DefaultFolder()));
        return new ThemedServices(theme, fonts, problems);
    }

    /// <inheritdoc />
    public void Dispose() => Renderer.Dispose();
}
