namespace Briefing.Validation.Drift;

/// <summary>A URL or an e-mail address in a text: <paramref name="Key"/> is the form compared, <paramref name="Written"/> the form shown.</summary>
internal readonly record struct LinkMention(string Key, string Written);
