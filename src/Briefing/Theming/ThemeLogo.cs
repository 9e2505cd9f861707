using Briefing.Diagnostics;

namespace Briefing.Theming;

/// <summary>A theme's logo: the PNG or JPEG bytes, its alternative text, and its width on the page in points.</summary>
public sealed record ThemeLogo(ReadOnlyMemory<byte> Data, string Alt, double Width, SourceSpan Span);
