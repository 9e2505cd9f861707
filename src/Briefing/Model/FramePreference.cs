namespace Briefing.Model;

/// <summary>The frame a brief asks to be set in (the <c>frame:</c> key); the command's <c>--frame</c> overrides it.</summary>
public enum FramePreference
{
    /// <summary>default: each language's own frame (a Korean report for ko-KR, a briefing note for en-CA and fr-CA).</summary>
    Default,

    /// <summary>neutral: brief's own note in every language.</summary>
    Neutral,

    /// <summary>report: the Korean report frame in every language.</summary>
    Report,

    /// <summary>note: the Government of Canada briefing-note frame in every language.</summary>
    Note,
}
