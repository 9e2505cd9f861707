namespace Briefing.Typesetting.Fonts;

/// <summary>A file that is not a static TrueType face this engine can measure and embed.</summary>
public sealed class UnsupportedFontException(string path, string reason)
    : Exception($"Cannot use font file {path}: {reason}")
{
    /// <summary>The file that was refused.</summary>
    public string FilePath { get; } = path;

    /// <summary>Why it was refused, in a few words.</summary>
    public string Reason { get; } = reason;
}
