using Briefing.Diagnostics;

namespace Briefing.Loading;

/// <summary>A YAML mapping with scalar keys, in file order.</summary>
internal sealed record YMapping(IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries, SourceSpan Span) : YNode(Span);
