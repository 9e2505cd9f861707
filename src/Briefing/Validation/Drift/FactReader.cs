namespace Briefing.Validation.Drift;

/// <summary>
/// Reads the <see cref="TextFacts"/> of texts in one language: links first, then dates, then figures, each
/// blanked out once read, so that no digit counts twice (the 30 of a date, the 2 of a URL).
/// </summary>
internal sealed class FactReader(string language)
{
    private readonly DateFacts _dates = new(DriftLanguage.For(language));
    private readonly NumberFacts _numbers = new(DriftLanguage.For(language));

    /// <summary>The facts of one paragraph, bullet or short text, with the targets of its links.</summary>
    public TextFacts Read(string text, IReadOnlyList<string> targets)
    {
        var blanked = new BlankedText(text);
        var (urls, emails) = LinkFacts.Read(blanked, targets, language);
        var dates = _dates.Read(blanked);
        var rest = blanked.Current;
        return new TextFacts(_numbers.ReadFigures(rest), _numbers.ReadWords(rest), dates, urls, emails);
    }
}
