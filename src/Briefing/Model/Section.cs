using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A free section (background, protocol notes...) with a title and prose body.</summary>
public sealed record Section(Identifier Id, LocalizedText Title, LocalizedProse Body, SourceSpan Span);
