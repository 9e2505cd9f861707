using Briefing.Diagnostics;

namespace Briefing.Theming;

/// <summary>The families a theme sets for one language: running text and headings, each with where it was written.</summary>
public sealed record ThemeFontChoice(string Body, SourceSpan BodySpan, string Heading, SourceSpan HeadingSpan);
