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

    /// <summary>
    /// The texts as written, with their <see cref="TextMark"/>s (<c>{provisional-name}</c>), for the languages whose
    /// text holds one; <see cref="ByLanguage"/> holds them without.
    /// </summary>
    public IReadOnlyDictionary<string, string> Marked { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>The invariant text as written, with its marks, when it holds one.</summary>
    public string? InvariantMarked { get; init; }

    /// <summary>Whether there is a text for the language.</summary>
    public bool Has(string language) => Invariant is not null || ByLanguage.ContainsKey(language);

    /// <summary>The text for the language, without marks; throws when there is none (validation rules that out).</summary>
    public string Get(string language) =>
        Invariant ?? (ByLanguage.TryGetValue(language, out var text)
            ? text
            : throw new KeyNotFoundException($"no '{language}' text"));

    /// <summary>The text for the language with each mark replaced by <paramref name="words"/> (the language's words for it).</summary>
    public string GetMarked(string language, Func<TextMark, string?> words)
    {
        var raw = Invariant is not null ? InvariantMarked : Marked.GetValueOrDefault(language);
        return raw is null ? Get(language) : TextMarks.Replace(raw, words);
    }

    /// <summary>The marks the language's text carries, in order.</summary>
    public IReadOnlyList<TextMark> MarksOf(string language)
    {
        var raw = Invariant is not null ? InvariantMarked : Marked.GetValueOrDefault(language);
        if (raw is null)
            return [];
        var marks = new List<TextMark>();
        TextMarks.Replace(raw, mark =>
        {
            marks.Add(mark);
            return null;
        });
        return marks;
    }
}
