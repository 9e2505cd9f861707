using Briefing.Diagnostics;

namespace Briefing.Loading;

/// <summary>A YAML sequence.</summary>
internal sealed record YSequence(IReadOnlyList<YNode> Items, SourceSpan Span) : YNode(Span);
