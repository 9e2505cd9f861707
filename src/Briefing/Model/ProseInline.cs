namespace Briefing.Model;

/// <summary>A run of text in one style; <paramref name="Url"/> is set when the run is a link.</summary>
public sealed record ProseInline(string Text, bool Bold, bool Italic, string? Url);
