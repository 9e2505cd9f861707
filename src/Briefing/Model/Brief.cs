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

    /// <summary>To whom the brief is addressed, e.g. "Minister of Foreign Affairs" (null: not said).</summary>
    public LocalizedText? Addressee { get; init; }

    /// <summary>What the brief asks of its reader (null: not said).</summary>
    public Purpose? Purpose { get; init; }

    /// <summary>The brief's tracking number in its department's system (null: none given).</summary>
    public LocalizedText? Tracking { get; init; }

    /// <summary>Who approved the brief, in the order of the file.</summary>
    public IReadOnlyList<Approval> Approved { get; init; } = [];

    /// <summary>Who was consulted, in the order of the file.</summary>
    public IReadOnlyList<Consultation> Consulted { get; init; } = [];

    /// <summary>
    /// The home delegation of each language ("our side"), so each version lists its own side first; a
    /// language without one keeps the file's order.
    /// </summary>
    public IReadOnlyDictionary<string, Identifier> Home { get; init; } = new Dictionary<string, Identifier>();

    /// <summary>The frame the brief asks to be set in.</summary>
    public FramePreference Frame { get; init; } = FramePreference.Default;

    /// <summary>The home delegation of <paramref name="language"/>, or null when the brief names none.</summary>
    public Delegation? HomeDelegationFor(string language) =>
        Home.TryGetValue(language, out var id) ? Delegations.FirstOrDefault(d => d.Id.Value == id.Value) : null;

    /// <summary>The delegations in the order <paramref name="language"/>'s version lists them: its home delegation first, the rest as written.</summary>
    public IReadOnlyList<Delegation> DelegationsFor(string language)
    {
        if (HomeDelegationFor(language) is not { } home)
            return Delegations;
        var ordered = new List<Delegation>(Delegations.Count) { home };
        ordered.AddRange(Delegations.Where(d => !ReferenceEquals(d, home)));
        return ordered;
    }

    /// <summary>The profile a language of the brief is set with: its locale's, else the language's default region's.</summary>
    public LanguageProfile ProfileFor(string language) =>
        LanguageProfiles.For(Locales.TryGetValue(language, out var locale) ? locale : language);

    /// <summary>The paper for a language's render: the brief's own choice, else the locale's (A4 in Korea, US Letter in Canada).</summary>
    public PaperSize PaperFor(string language) => Paper ?? ProfileFor(language).DefaultPaper;
}
