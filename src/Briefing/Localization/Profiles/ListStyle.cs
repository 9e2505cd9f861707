namespace Briefing.Localization.Profiles;

/// <summary>A language's list markers and outline numbering.</summary>
/// <param name="Bullet">The mark of a prose bullet list: <c>○</c> in Korean reports (the second level of □ ○ -), <c>•</c> elsewhere.</param>
/// <param name="Outline">How sections and their items are numbered.</param>
public sealed record ListStyle(string Bullet, OutlineStyle Outline);
