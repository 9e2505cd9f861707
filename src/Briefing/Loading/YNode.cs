using Briefing.Diagnostics;

namespace Briefing.Loading;

/// <summary>A node of the YAML tree the loader builds from parser events (positions kept, aliases never expanded).</summary>
internal abstract record YNode(SourceSpan Span);
