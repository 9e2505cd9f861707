namespace Briefing.Model;

/// <summary>
/// A mark an author writes once as <c>{unofficial-translation}</c> (and so on) in a text or prose; each language
/// shows its own words for it, from the resx: 가번역 / unofficial translation / traduction non officielle.
/// </summary>
public enum TextMark
{
    /// <summary>unofficial-translation: the quotation before it is our own translation, not an official text.</summary>
    UnofficialTranslation,

    /// <summary>provisional-name: the name before it is a working name, not an official one ((가칭)).</summary>
    ProvisionalName,

    /// <summary>as-reported: the name before it is spelt as the source reports it (a title quoted from a report).</summary>
    AsReported,
}
