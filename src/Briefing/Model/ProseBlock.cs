namespace Briefing.Model;

/// <summary>A block of prose: a <see cref="ProseParagraph"/> or a <see cref="ProseBulletList"/>.</summary>
public abstract record ProseBlock;
