using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>Prose per language, or one prose that is the same in every language.</summary>
public sealed record LocalizedProse(IReadOnlyDictionary<string, Prose> ByLanguage, Prose? Invariant, SourceSpan Span)
{
    /// <summary>Where each language's prose starts in the file (empty for prose built in code or the same in every language).</summary>
    public IReadOnlyDictionary<string, SourceSpan> Positions { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, SourceSpan>.Empty;

    /// <summary>Whether there is prose for the language.</summary>
    public bool Has(string language) => Invariant is not null || ByLanguage.ContainsKey(language);

    /// <summary>The prose for the language; throws when there is none (validation rules that out).</summary>
    public Prose Get(string language) =>
        Invariant ?? (ByLanguage.TryGetValue(language, out var prose)
            ? prose
            : throw new KeyNotFoundException($"no '{language}' prose"));
}
