using System.Text.RegularExpressions;

namespace Briefing.Validation.Drift;

/// <summary>
/// The compiled patterns of one language (<see cref="DriftPatterns"/>): its dates with month names (none
/// without month names), its figures and its magnitude words. Each is the pattern the language's tables
/// build (<see cref="DateFacts.NamedPatterns"/>, <see cref="NumberFacts.Patterns"/>); <c>DriftPatternsTests</c>
/// checks that they are.
/// </summary>
internal sealed record LanguagePatterns(IReadOnlyList<Regex> NamedDates, Regex Figure, Regex Magnitude);
