using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Validation;

/// <summary>Checks that each localized text has every language of the brief, and warns of languages it does not list.</summary>
internal sealed class TextCoverage(IReadOnlyList<string> languages, DiagnosticBag bag)
{
    public void Check(LocalizedText? text, string path)
    {
        if (text is null || text.Invariant is not null || text.ByLanguage.Count == 0)
        {
            return; // absent, the same in every language, or empty (the loader reported it)
        }

        Check(text.ByLanguage.Keys, text.Span, path);
    }

    public void Check(LocalizedProse? prose, string path)
    {
        if (prose is null || prose.Invariant is not null || prose.ByLanguage.Count == 0)
        {
            return;
        }

        Check(prose.ByLanguage.Keys, prose.Span, path);
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
