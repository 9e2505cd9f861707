namespace Briefing.Localization.Profiles;

/// <summary>How lines of a language may break.</summary>
public enum LineBreaking
{
    /// <summary>UAX #14 as it stands: Hangul and Han may break between any two syllables.</summary>
    Normal,

    /// <summary>
    /// UAX #14 with Korean kept whole between spaces (CSS <c>word-break: keep-all</c>), how modern Korean
    /// documents are set. Latin text breaks the same either way, so a language whose documents may quote
    /// Korean names (English, French) keeps them whole too.
    /// </summary>
    KeepAll,
}
