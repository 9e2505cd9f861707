namespace Briefing.Model;

/// <summary>The spelling of enumeration values in a brief file (<c>protected-a</c>, <c>in-force</c>, <c>a4</c>).</summary>
public static class FormatNames
{
    /// <summary>The classification names, in enum order.</summary>
    public static IReadOnlyList<string> Classifications { get; } =
        ["unclassified", "protected-a", "protected-b", "protected-c", "confidential", "secret", "top-secret"];

    /// <summary>The agreement status names, in enum order.</summary>
    public static IReadOnlyList<string> Statuses { get; } =
        ["proposed", "under-negotiation", "agreed-verbally", "concluded", "signed", "in-force", "stalled"];

    /// <summary>The paper names, in enum order.</summary>
    public static IReadOnlyList<string> Papers { get; } = ["a4", "letter"];

    /// <summary>The contents modes, in enum order.</summary>
    public static IReadOnlyList<string> Contents { get; } = ["auto", "on", "off"];

    /// <summary>The file spelling of a classification.</summary>
    public static string Of(Classification value) => Classifications[(int)value];

    /// <summary>The file spelling of a status.</summary>
    public static string Of(AgreementStatus value) => Statuses[(int)value];

    /// <summary>The file spelling of a paper size.</summary>
    public static string Of(PaperSize value) => Papers[(int)value];
}
