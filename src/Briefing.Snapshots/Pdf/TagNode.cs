namespace Briefing.Snapshots.Pdf;

/// <summary>One structure element of a tagged PDF: its type and its structure-element kids in order.</summary>
internal sealed record TagNode(string Type, IReadOnlyList<TagNode> Kids);
