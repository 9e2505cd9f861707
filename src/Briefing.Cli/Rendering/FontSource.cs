using Briefing.Typesetting.Fonts;

namespace Briefing.Cli.Rendering;

/// <summary>
/// Loads the default fonts, from the Debian folders or, when the environment variable
/// <see cref="Variable"/> names a folder, from that folder (all twelve files in it): for machines that
/// keep fonts elsewhere, and for testing a missing or corrupt font file.
/// </summary>
internal static class FontSource
{
    /// <summary>The environment variable naming one folder that holds every default font file.</summary>
    public const string Variable = "BRIEF_FONT_DIR";

    /// <summary>The default fonts; throws <see cref="IOException"/>, <see cref="UnauthorizedAccessException"/> or <see cref="UnsupportedFontException"/>.</summary>
    public static FontLibrary Load()
    {
        var folder = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(folder) ? DefaultFonts.Load() : DefaultFonts.Load(folder, folder);
    }

    /// <summary>Whether <paramref name="exception"/> is a font file that is missing, unreadable or malformed (not a bug).</summary>
    public static bool IsFontProblem(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or UnsupportedFontException;
}
