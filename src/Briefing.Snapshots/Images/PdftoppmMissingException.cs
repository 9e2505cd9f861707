namespace Briefing.Snapshots.Images;

/// <summary>Thrown when poppler's <c>pdftoppm</c>, which renders page images, cannot be started.</summary>
public sealed class PdftoppmMissingException : Exception
{
    /// <summary>The install hint every message ends with.</summary>
    public const string InstallHint = "install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; Fedora: dnf install poppler-utils; macOS: brew install poppler)";

    /// <summary>Creates the exception for the executable that could not be started.</summary>
    public PdftoppmMissingException(string executable, Exception? inner = null)
        : base($"'{executable}' was not found on PATH; page images need it: {InstallHint}", inner)
    {
        Executable = executable;
    }

    /// <summary>The executable name or path that could not be started.</summary>
    public string Executable { get; }
}
