namespace Briefing.Model;

/// <summary>What the brief asks of its reader: to be informed, or to decide.</summary>
public enum Purpose
{
    /// <summary>information: for the reader's information.</summary>
    Information,

    /// <summary>decision: the reader is asked to decide (the note ends in a recommendation).</summary>
    Decision,
}
