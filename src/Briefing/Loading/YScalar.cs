using Briefing.Diagnostics;
using YamlDotNet.Core;

namespace Briefing.Loading;

/// <summary>A YAML scalar; <see cref="IsNull"/> for a plain empty, <c>~</c> or <c>null</c>.</summary>
internal sealed record YScalar(string Value, ScalarStyle Style, bool IsNull, SourceSpan Span) : YNode(Span);
