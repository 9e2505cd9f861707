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

    /// <summary>The purpose names, in enum order.</summary>
    public static IReadOnlyList<string> Purposes { get; } = ["information", "decision"];

    /// <summary>The section role names, in enum order.</summary>
    public static IReadOnlyList<string> SectionRoles { get; } = ["background", "status", "considerations", "next-steps", "annex"];

    /// <summary>The participant kind names, in enum order.</summary>
    public static IReadOnlyList<string> ParticipantKinds { get; } = ["participant", "mentioned"];

    /// <summary>The frame names a brief may ask for, in enum order.</summary>
    public static IReadOnlyList<string> Frames { get; } = ["default", "neutral", "report", "note"];

    /// <summary>The mark names, written in braces in a text (<c>{provisional-name}</c>), in enum order.</summary>
    public static IReadOnlyList<string> Marks { get; } = ["unofficial-translation", "provisional-name", "as-reported"];

    /// <summary>The file spelling of a classification.</summary>
    public static string Of(Classification value) => Classifications[(int)value];

    /// <summary>The file spelling of a status.</summary>
    public static string Of(AgreementStatus value) => Statuses[(int)value];

    /// <summary>The file spelling of a paper size.</summary>
    public static string Of(PaperSize value) => Papers[(int)value];

    /// <summary>The file spelling of a purpose.</summary>
    public static string Of(Purpose value) => Purposes[(int)value];

    /// <summary>The file spelling of a section role.</summary>
    public static string Of(SectionRole value) => SectionRoles[(int)value];

    /// <summary>The file spelling of a participant kind.</summary>
    public static string Of(ParticipantKind value) => ParticipantKinds[(int)value];

    /// <summary>The file spelling of a frame preference.</summary>
    public static string Of(FramePreference value) => Frames[(int)value];

    /// <summary>The file spelling of a mark, without its braces.</summary>
    public static string Of(TextMark value) => Marks[(int)value];
}
