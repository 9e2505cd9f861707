using Briefing.Diagnostics;
using Briefing.Localization.Profiles;

namespace Briefing.Model;

/// <summary>A whole brief in the <c>brief/1</c> format, as read from its file.</summary>
public sealed record Brief(
    string Format,
    string Id,
    IReadOnlyList<string> Languages,
    Classification Classification,
    DateOnly Date,
    PaperSize? Paper,
    LocalizedText Title,
    LocalizedText? Subtitle,
    LocalizedText Location,
    LocalizedText? Occasion,
    Prepared Prepared,
    LocalizedProse Summary,
    IReadOnlyList<Delegation> Delegations,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Source> Sources,
    SourceSpan Span)
{
    /// <summary>
    /// The locale each language of <see cref="Languages"/> is set in, when the brief names a region
    /// (<c>languages: [en-GB]</c> maps <c>en</c> to <c>en-GB</c>); a language without one takes its default region.
    /// </summary>
    public IReadOnlyDictionary<string, string> Locales { get; init; } = new Dictionary<string, string>();

    /// <summary>The brief's <c>theme:</c> path as written (relative to the brief, inside its folder), or null.</summary>
    public string? Theme { get; init; }

    /// <summary>Where the brief's <c>theme:</c> value is written.</summary>
    public SourceSpan ThemeSpan { get; init; }

    /// <summary>Whether the brief gets a table of contents (the <c>contents</c> key; <see cref="ContentsMode.Auto"/> when absent).</summary>
    public ContentsMode Contents { get; init; }

    /// <summary>The profile a language of the brief is set with: its locale's, else the language's default region's.</summary>
    public LanguageProfile ProfileFor(string language) =>
        LanguageProfiles.For(Locales.TryGetValue(language, out var locale) ? locale : language);

    /// <summary>The paper for a language's render: the brief's own choice, else the locale's (A4 in Korea, US Letter in Canada).</summary>
    public PaperSize PaperFor(string language) => Paper ?? ProfileFor(language).DefaultPaper;
}
