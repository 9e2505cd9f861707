using Briefing.Diagnostics;

namespace Briefing.Validation.Drift;

/// <summary>
/// One paragraph or bullet of a language's text (a short text is a single part): its label in messages
/// (<c>summary.ko (bullet 3)</c>), its plain text, the targets of its links, and where it starts.
/// </summary>
internal sealed record TextPart(string Label, string Text, IReadOnlyList<string> Targets, SourceSpan Position);
