using System.Text;
using Briefing.Diagnostics;

namespace Briefing.Validation;

/// <summary>A character of a brief that no font of its language's chain covers, and where it stands.</summary>
public sealed record UncoveredCharacter(string Field, Rune Character, SourceSpan Span, string Chain);
