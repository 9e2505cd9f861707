namespace Briefing.Typesetting.Fonts;

/// <summary>A font file a folder scan passed over, and why.</summary>
public sealed record SkippedFont(string FilePath, string Reason);
