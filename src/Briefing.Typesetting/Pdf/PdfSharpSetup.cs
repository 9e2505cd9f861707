using PdfSharp.Fonts;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Installs the <see cref="PathFontResolver"/> into PDFsharp's process-wide font settings exactly once.
/// PDFsharp offers no per-document resolver, so this one-time global step is unavoidable; it is safe
/// because the resolver is stateless (answers depend only on the requested name).
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lazy<bool> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Makes sure PDFsharp resolves fonts through file paths; throws if someone else took the slot.</summary>
    public static void EnsureFontResolver()
    {
        _ = Installed.Value;
    }

    private static bool Install()
    {
        var current = GlobalFontSettings.FontResolver;
        if (current is null)
            GlobalFontSettings.FontResolver = new PathFontResolver();
        else if (current is not PathFontResolver)
            throw new InvalidOperationException(
                $"PDFsharp's global font resolver is already set to {current.GetType().FullName}; the PDF writer needs its own path resolver.");
        return true;
    }
}
