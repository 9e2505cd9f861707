namespace Briefing.Model;

/// <summary>A bullet list; each item is one paragraph.</summary>
public sealed record ProseBulletList(IReadOnlyList<ProseParagraph> Items) : ProseBlock;
