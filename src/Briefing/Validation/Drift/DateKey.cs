namespace Briefing.Validation.Drift;

/// <summary>
/// A key under which a <see cref="DateMention"/> is indexed and looked for: its month and day, and either its year
/// (null: written without one) or, with <paramref name="AnyYear"/>, any year. A value, not a string: the drift
/// check builds thousands of keys and compares each once.
/// </summary>
internal readonly record struct DateKey(int Month, int? Day, int? Year, bool AnyYear);
