using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Validation.Drift;

namespace Briefing.Validation;

/// <summary>
/// Checks what no single node can tell: ids are kebab-case and unique, references name ids of the right
/// kind, every localized text has each of the brief's languages, and its languages agree on figures,
/// dates, links and outline (<see cref="TranslationDrift"/>).
/// </summary>
public static class BriefValidator
{
    /// <summary>Every problem of the brief, sorted by position.</summary>
    public static IReadOnlyList<Diagnostic> Validate(Brief brief)
    {
        var bag = new DiagnosticBag();
        Validate(brief, bag);
        return bag.ToSortedList();
    }

    internal static void Validate(Brief brief, DiagnosticBag bag)
    {
        if (ValidateAllButDrift(brief, bag) is { } drift)
        {
            bag.AddRange(drift());
        }
    }

    /// <summary>
    /// Every check but translation drift, into <paramref name="bag"/>; returns the drift check, to run when
    /// the caller likes (null when the file already had errors, as <see cref="Validate(Brief, DiagnosticBag)"/>
    /// then skips it). Drift only ever warns, so a caller may render while it runs: <c>brief render</c> does,
    /// on the other core, and merges its warnings into the report in position order.
    /// </summary>
    internal static Func<IReadOnlyList<Diagnostic>>? ValidateAllButDrift(Brief brief, DiagnosticBag bag)
    {
        var ids = CollectIds(brief, bag);
        CheckReferences(brief, ids, bag);
        // On a file with errors a text the loader could not read (bad markup, a refused link) would show as drift.
        var drifts = !bag.HasErrors;
        EachText(brief, new LocalizedTextChecks(new TextCoverage(brief.Languages, bag), null));
        CheckTimelineOrder(brief, bag);
        return drifts ? () => Drift(brief) : null;
    }

    private static IReadOnlyList<Diagnostic> Drift(Brief brief)
    {
        var bag = new DiagnosticBag();
        EachText(brief, new LocalizedTextChecks(null, new TranslationDrift(brief.Languages, bag)));
        return bag.ToSortedList();
    }

    private static void CheckTimelineOrder(Brief brief, DiagnosticBag bag)
    {
        for (var i = 1; i < brief.Timeline.Count; i++)
        {
            var previous = brief.Timeline[i - 1].Date;
            var date = brief.Timeline[i].Date;
            if (date != DateOnly.MinValue && date < previous)
            {
                bag.Add(DiagnosticCodes.TimelineOrder, brief.Timeline[i].Span,
                    $"timeline[{i}] ({date:yyyy-MM-dd}) is dated before timeline[{i - 1}] ({previous:yyyy-MM-dd})");
            }
        }
    }

    // Every localized text of the brief, in document order, through the given checks.
    private static void EachText(Brief brief, LocalizedTextChecks texts)
    {
        texts.Check(brief.Title, "title");
        texts.Check(brief.Subtitle, "subtitle");
        texts.Check(brief.Location, "location");
        texts.Check(brief.Occasion, "occasion");
        texts.Check(brief.Addressee, "addressee");
        texts.Check(brief.Tracking, "tracking");
        texts.Check(brief.Prepared.By, "prepared.by");
        texts.Check(brief.Prepared.Title, "prepared.title");
        texts.Check(brief.Prepared.Unit, "prepared.unit");
        for (var i = 0; i < brief.Approved.Count; i++)
        {
            texts.Check(brief.Approved[i].By, $"approved[{i}].by");
            texts.Check(brief.Approved[i].Title, $"approved[{i}].title");
            texts.Check(brief.Approved[i].Unit, $"approved[{i}].unit");
        }

        for (var i = 0; i < brief.Consulted.Count; i++)
        {
            texts.Check(brief.Consulted[i].Name, $"consulted[{i}].name");
            texts.Check(brief.Consulted[i].Title, $"consulted[{i}].title");
            texts.Check(brief.Consulted[i].Unit, $"consulted[{i}].unit");
        }

        texts.Check(brief.Summary, "summary");
        for (var i = 0; i < brief.Delegations.Count; i++)
        {
            texts.Check(brief.Delegations[i].Name, $"delegations[{i}].name");
        }

        for (var i = 0; i < brief.Participants.Count; i++)
        {
            var participant = brief.Participants[i];
            texts.Check(participant.Name, $"participants[{i}].name");
            texts.Check(participant.Title, $"participants[{i}].title");
            texts.Check(participant.Note, $"participants[{i}].note");
        }

        for (var i = 0; i < brief.Agreements.Count; i++)
        {
            texts.Check(brief.Agreements[i].Title, $"agreements[{i}].title");
            texts.Check(brief.Agreements[i].StatusLabel, $"agreements[{i}].status-label");
            texts.Check(brief.Agreements[i].Summary, $"agreements[{i}].summary");
        }

        for (var i = 0; i < brief.Questions.Count; i++)
        {
            texts.Check(brief.Questions[i].Text, $"questions[{i}].question");
            texts.Check(brief.Questions[i].Context, $"questions[{i}].context");
        }

        for (var i = 0; i < brief.Timeline.Count; i++)
        {
            texts.Check(brief.Timeline[i].Event, $"timeline[{i}].event");
        }

        for (var i = 0; i < brief.Sections.Count; i++)
        {
            texts.Check(brief.Sections[i].Title, $"sections[{i}].title");
            texts.Check(brief.Sections[i].Body, $"sections[{i}].body");
        }

        for (var i = 0; i < brief.Sources.Count; i++)
        {
            texts.Check(brief.Sources[i].Title, $"sources[{i}].title");
            texts.Check(brief.Sources[i].Publisher, $"sources[{i}].publisher");
        }
    }

    private static Dictionary<string, (IdKind Kind, Identifier Id)> CollectIds(Brief brief, DiagnosticBag bag)
    {
        var ids = new Dictionary<string, (IdKind, Identifier)>(StringComparer.Ordinal);
        foreach (var item in brief.Delegations)
        {
            Add(item.Id, IdKind.Delegation);
        }

        foreach (var item in brief.Participants)
        {
            Add(item.Id, IdKind.Participant);
        }

        foreach (var item in brief.Agreements)
        {
            Add(item.Id, IdKind.Agreement);
        }

        foreach (var item in brief.Questions)
        {
            Add(item.Id, IdKind.Question);
        }

        foreach (var item in brief.Sections)
        {
            Add(item.Id, IdKind.Section);
        }

        return ids;

        void Add(Identifier id, IdKind kind)
        {
            if (id.Value.Length == 0)
            {
                return; // missing: the loader reported it
            }

            if (!IdRules.IsKebabCase(id.Value))
            {
                bag.Add(DiagnosticCodes.InvalidId, id.Span, IdRules.Message(id.Value));
            }

            if (ids.TryGetValue(id.Value, out var first))
            {
                bag.Add(DiagnosticCodes.DuplicateId, id.Span, $"id '{id.Value}' is already used at line {first.Item2.Span.Line}");
                return;
            }

            ids[id.Value] = (kind, id);
        }
    }

    private static void CheckReferences(Brief brief, Dictionary<string, (IdKind Kind, Identifier Id)> ids, DiagnosticBag bag)
    {
        IdKind[] delegations = [IdKind.Delegation];
        IdKind[] relatable = [IdKind.Agreement, IdKind.Participant, IdKind.Delegation];
        for (var i = 0; i < brief.Participants.Count; i++)
        {
            if (brief.Participants[i].Delegation is { } delegation)
            {
                Check(delegation, $"participants[{i}].delegation", delegations);
            }
        }

        // One id written for every language is one reference: report it once.
        var homes = new HashSet<Identifier>(ReferenceEqualityComparer.Instance);
        foreach (var (language, home) in brief.Home)
        {
            if (homes.Add(home))
            {
                Check(home, brief.Home.Values.Count(h => ReferenceEquals(h, home)) > 1 ? "home" : $"home.{language}", delegations);
            }
        }

        for (var i = 0; i < brief.Agreements.Count; i++)
        {
            foreach (var party in brief.Agreements[i].Parties)
            {
                Check(party, $"agreements[{i}].parties", delegations);
            }
        }

        for (var i = 0; i < brief.Questions.Count; i++)
        {
            foreach (var related in brief.Questions[i].Related)
            {
                Check(related, $"questions[{i}].related", relatable);
            }
        }

        void Check(Identifier reference, string path, IdKind[] allowed)
        {
            var wanted = string.Join(" or ", allowed.Select(Name));
            if (!ids.TryGetValue(reference.Value, out var target))
            {
                var candidates = ids.Where(pair => allowed.Contains(pair.Value.Kind)).Select(pair => pair.Key);
                bag.Add(DiagnosticCodes.UnknownReference, reference.Span,
                    $"{path}: no {wanted} '{reference.Value}'" + DidYouMean.Hint(reference.Value, candidates));
                return;
            }

            if (Array.IndexOf(allowed, target.Kind) < 0)
            {
                bag.Add(DiagnosticCodes.WrongReferenceKind, reference.Span,
                    $"{path}: '{reference.Value}' is {Article(target.Kind)} {Name(target.Kind)}, not {Article(allowed[0])} {wanted}");
            }
        }
    }

    private static string Name(IdKind kind) => kind.ToString().ToLowerInvariant();

    private static string Article(IdKind kind) => kind == IdKind.Agreement ? "an" : "a";
}
