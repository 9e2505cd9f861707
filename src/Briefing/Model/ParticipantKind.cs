namespace Briefing.Model;

/// <summary>Whether a person took part in the event or is only named in the sources.</summary>
public enum ParticipantKind
{
    /// <summary>participant: took part in the meeting.</summary>
    Participant,

    /// <summary>mentioned: named in the sources without being placed in the meeting (persons mentioned / 주요 인사).</summary>
    Mentioned,
}
