namespace Briefing.Localization.Profiles;

/// <summary>
/// The languages whose own tables other parts of brief keep (the translation-drift checks' number words and
/// month names), named here so that only the profiles compare language codes.
/// </summary>
public enum KnownLanguage
{
    /// <summary>A language with no table of its own: checked on what every language shares.</summary>
    Other,

    /// <summary>English, any region.</summary>
    English,

    /// <summary>French, any region.</summary>
    French,

    /// <summary>Korean.</summary>
    Korean,
}
