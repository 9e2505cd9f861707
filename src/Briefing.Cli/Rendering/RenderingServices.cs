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
/// <remarks>
/// The fonts have a lock of their own: the coverage check needs only them, and must not wait while the renderer
/// is made (the line breaker's ICU) or its faces are prepared on another thread.
/// </remarks>
internal sealed class RenderingServices : IDisposable
{
    private readonly object _gate = new();
    private readonly object _fontsGate = new();
    private readonly object _coverageGate = new();
    private FontLibrary? _fonts;
    private BriefRenderer? _renderer;
    private GlyphCoverage? _coverage;
    private readonly Dictionary<Theme, ThemedServices> _themed = new(ReferenceEqualityComparer.Instance);
    private FontCatalog? _system;
    private bool _disposed;

    private volatile Exception? _fontFailure;

    /// <summary>Why the fonts could not be loaded, once that was tried and failed; null otherwise.</summary>
    public Exception? FontFailure => _fontFailure;

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
        lock (_coverageGate)
        {
            if (_coverage is null && Fonts() is { } fonts)
            {
                _coverage = new GlyphCoverage(fonts);
            }

            return _coverage;
        }
    }

    /// <summary>
    /// Loads the fonts, makes the renderer, then loads the faces a render in each of <paramref name="languages"/> sets most
    /// of its text in (see <see cref="BriefRenderer.Prepare"/>): for another thread as a run starts, so that the main
    /// thread finds them ready. The renderer comes before the faces: making it loads ICU (its line breaker), whose
    /// loading the main thread otherwise did itself, every time (it needs the renderer as soon as the brief is read,
    /// when this thread was still loading faces); a face the coverage check needs first it loads itself, or waits
    /// for. Measured in docs/performance.md (fifth pass). Throws nothing for fonts that cannot be loaded: whoever
    /// needs them next meets that error, as without this call (see <see cref="FontFailure"/>).
    /// </summary>
    public void Prepare(IReadOnlyList<string> languages)
    {
        if (Fonts() is not { } fonts)
        {
            return;
        }

        Renderer();
        foreach (var language in languages)
        {
            BriefRenderer.Prepare(fonts, language);
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
                lock (_fontsGate)
                {
                    _fontFailure = e;
                }

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

    private FontLibrary? Fonts()
    {
        lock (_fontsGate)
        {
            if (_fonts is null && _fontFailure is null)
            {
                try
                {
                    _fonts = FontSource.Load();
                }
                catch (Exception e) when (FontSource.IsFontProblem(e))
                {
                    _fontFailure = e;
                }
            }

            return _fonts;
        }
    }
}
