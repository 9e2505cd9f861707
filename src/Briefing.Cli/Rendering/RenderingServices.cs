using Briefing.Rendering;
using Briefing.Theming;
using Briefing.Typesetting.Fonts;
using Briefing.Validation;

namespace Briefing.Cli.Rendering;

/// <summary>
/// What a command needs to render, made once, when first asked for (<c>brief render</c> asks on another
/// thread as it starts, so that the fonts load while the briefs do): the fonts (<see cref="FontSource"/>, so <c>BRIEF_FONT_DIR</c>
/// applies), the renderer and the glyph-coverage check. Safe to use from parallel workers.
/// </summary>
internal sealed class RenderingServices : IDisposable
{
    private readonly object _gate = new();
    private FontLibrary? _fonts;
    private BriefRenderer? _renderer;
    private GlyphCoverage? _coverage;
    private readonly Dictionary<Theme, ThemedServices> _themed = new(ReferenceEqualityComparer.Instance);
    private FontCatalog? _system;
    private bool _disposed;

    /// <summary>Why the fonts could not be loaded, once that was tried and failed; null otherwise.</summary>
    public Exception? FontFailure { get; private set; }

    /// <summary>The renderer, or null when the fonts cannot be loaded (see <see cref="FontFailure"/>).</summary>
    public BriefRenderer? Renderer()
    {
        lock (_gate)
        {
            if (_renderer is null && !_disposed && Fonts() is { } fonts)
            {
                _renderer = new BriefRenderer(fonts);
            }

            return _renderer;
        }
    }

    /// <summary>The coverage check, or null when the fonts cannot be loaded (see <see cref="FontFailure"/>).</summary>
    public GlyphCoverage? Coverage()
    {
        lock (_gate)
        {
            if (_coverage is null && Fonts() is { } fonts)
            {
                _coverage = new GlyphCoverage(fonts);
            }

            return _coverage;
        }
    }

    /// <summary>
    /// The renderer and coverage check of <paramref name="theme"/> (made on first use, then shared), or null when the
    /// fonts cannot be loaded (see <see cref="FontFailure"/>). The system's font folders are scanned once per run.
    /// </summary>
    public ThemedServices? Themed(Theme theme)
    {
        lock (_gate)
        {
            if (_themed.TryGetValue(theme, out var known))
            {
                return known;
            }

            if (FontFailure is not null)
            {
                return null;
            }

            try
            {
                _system ??= FontCatalog.Scan(FontCatalog.SystemFolders());
                var made = ThemedServices.Load(theme, _system);
                _themed.Add(theme, made);
                return made;
            }
            catch (Exception e) when (FontSource.IsFontProblem(e))
            {
                FontFailure = e;
                return null;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Under the lock: a renderer being made on another thread is either disposed here or never made.
        lock (_gate)
        {
            _disposed = true;
            _renderer?.Dispose();
            foreach (var themed in _themed.Values)
            {
                themed.Dispose();
            }
        }
    }

    // Called under _gate.
    private FontLibrary? Fonts()
    {
        if (_fonts is null && FontFailure is null)
        {
            try
            {
                _fonts = FontSource.Load();
            }
            catch (Exception e) when (FontSource.IsFontProblem(e))
            {
                FontFailure = e;
            }
        }

        return _fonts;
    }
}
