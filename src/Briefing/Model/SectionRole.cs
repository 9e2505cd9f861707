namespace Briefing.Model;

/// <summary>
/// What a free section is to the reader, so that a frame can place it under its own headings (a briefing
/// note's Background, Current status, Considerations, Next steps, and its annexes).
/// </summary>
public enum SectionRole
{
    /// <summary>background: how things came to be.</summary>
    Background,

    /// <summary>status: where things stand now.</summary>
    Status,

    /// <summary>considerations: what the reader should weigh.</summary>
    Considerations,

    /// <summary>next-steps: what comes next (the recommendation of a decision note).</summary>
    NextSteps,

    /// <summary>annex: reference material set apart at the end.</summary>
    Annex,
}
