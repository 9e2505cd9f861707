using Briefing.Diagnostics;

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
    /// <summary>The paper for a language's render: the brief's own choice, else A4 for Korean and US Letter otherwise (Canada's paper).</summary>
    public PaperSize PaperFor(string language) =>
        Paper ?? (language.Equals("ko", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ko-", StringComparison.OrdinalIgnoreCase)
            ? PaperSize.A4
            : PaperSize.Letter);
}
