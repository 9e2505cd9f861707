namespace Briefing.Model;

/// <summary>A short text with light markup: paragraphs and bullet lists of styled runs.</summary>
public sealed record Prose(IReadOnlyList<ProseBlock> Blocks);
