using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Validation;

/// <summary>
/// Checks that each localized text has every language of the brief, and warns of languages it does not
/// list and of texts still holding a placeholder (starting with "TODO", as <c>brief new</c> writes them).
/// </summary>
internal sealed class TextCoverage(IReadOnlyList<string> languages, DiagnosticBag bag)
{
    private const string PlaceholderMark = "TODO";

    public void Check(LocalizedText? text, string path)
    {
        if (text is null)
        {
            return;
        }

        if (text.Invariant is not null)
        {
            CheckPlaceholder(text.Invariant, text.Span, path);
            return; // the same in every language
        }

        foreach (var (language, value) in text.ByLanguage)
        {
            CheckPlaceholder(value, text.Span, $"{path}.{language}");
        }

        if (text.ByLanguage.Count > 0)
        {
            Check(text.ByLanguage.Keys, text.Span, path); // empty: the loader reported it
        }
    }

    public void Check(LocalizedProse? prose, string path)
    {
        if (prose is null)
        {
            return;
        }

        if (prose.Invariant is not null)
        {
            CheckPlaceholder(prose.Invariant, prose.Span, path);
            return;
        }

        foreach (var (language, value) in prose.ByLanguage)
        {
            CheckPlaceholder(value, prose.Span, $"{path}.{language}");
        }

        if (prose.ByLanguage.Count > 0)
        {
            Check(prose.ByLanguage.Keys, prose.Span, path);
        }
    }

    private void CheckPlaceholder(Prose prose, SourceSpan span, string path)
    {
        if (prose.Blocks.Count > 0 && prose.Blocks[0] is ProseParagraph paragraph)
        {
            CheckPlaceholder(paragraph.PlainText, span, path);
        }
    }

    private void CheckPlaceholder(string text, SourceSpan span, string path)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.StartsWith(PlaceholderMark, StringComparison.Ordinal))
        {
            var shown = trimmed.Length <= 40 ? trimmed.ToString() : trimmed[..37].ToString() + "...";
            bag.Add(DiagnosticCodes.Placeholder, span, $"{path} is a placeholder ('{shown}')");
        }
    }

    private void Check(IEnumerable<string> present, SourceSpan span, string path)
    {
        var have = present as ICollection<string> ?? present.ToList();
        foreach (var language in languages)
        {
            if (!have.Contains(language))
            {
                bag.Add(DiagnosticCodes.MissingLanguage, span, $"{path} has no '{language}' text");
            }
        }

        foreach (var language in have)
        {
            if (!languages.Contains(language))
            {
                bag.Add(DiagnosticCodes.ExtraLanguage, span, $"{path} has a '{language}' text but '{language}' is not in languages");
            }
        }
    }
}
