using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A text per language, or one text that is the same in every language (a proper name, a URL).</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> ByLanguage, string? Invariant, SourceSpan Span)
{
    /// <summary>A text that is the same in every language.</summary>
    public static LocalizedText Same(string text, SourceSpan span) =>
        new(new Dictionary<string, string>(), text, span);

    /// <summary>Where each language's text starts in the file (empty for texts built in code or the same in every language).</summary>
    public IReadOnlyDictionary<string, SourceSpan> Positions { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, SourceSpan>.Empty;

    /// <summary>Whether there is a text for the language.</summary>
    public bool Has(string language) => Invariant is not null || ByLanguage.ContainsKey(language);

    /// <summary>The text for the language; throws when there is none (validation rules that out).</summary>
    public string Get(string language) =>
        Invariant ?? (ByLanguage.TryGetValue(language, out var text)
            ? text
            : throw new KeyNotFoundException($"no '{language}' text"));
}
