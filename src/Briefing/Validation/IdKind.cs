namespace Briefing.Validation;

/// <summary>What an id names.</summary>
internal enum IdKind
{
    Delegation,
    Participant,
    Agreement,
    Question,
    Section,
}
