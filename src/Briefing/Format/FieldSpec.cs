namespace Briefing.Format;

/// <summary>One key of the format: its name, kind, whether it is required, and what it holds.</summary>
public sealed record FieldSpec(
    string Name,
    FieldKind Kind,
    bool Required,
    string Description,
    ObjectSpec? Item = null,
    IReadOnlyList<string>? Choices = null);
