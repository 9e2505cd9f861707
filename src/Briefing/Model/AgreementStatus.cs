namespace Briefing.Model;

/// <summary>How far an agreement has come.</summary>
public enum AgreementStatus
{
    /// <summary>proposed</summary>
    Proposed,

    /// <summary>under-negotiation</summary>
    UnderNegotiation,

    /// <summary>agreed-verbally</summary>
    AgreedVerbally,

    /// <summary>concluded</summary>
    Concluded,

    /// <summary>signed</summary>
    Signed,

    /// <summary>in-force</summary>
    InForce,

    /// <summary>stalled</summary>
    Stalled,
}
