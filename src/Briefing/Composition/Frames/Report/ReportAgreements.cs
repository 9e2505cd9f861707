using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// The agreements: each a <c>가.</c> item titled with its name and its status in plain words in parentheses,
/// <c>가. 한-캐나다 군사비밀정보보호협정 (타결)</c> (no coloured badge: the word carries it), its summary as □ points,
/// and its parties as a ※ note unless they are simply the delegations the table of people already names.
/// </summary>
internal static class ReportAgreements
{
    /// <summary>The section's content, or null when the brief records no agreements.</summary>
    public static Element? Build(ReportComposition report, int section)
    {
        var context = report.Context;
        var brief = context.Brief;
        var agreements = brief.Agreements;
        if (agreements.Count == 0)
            return null;
        return ReportSection.Items(report, section, agreements.Count, i =>
        {
            var agreement = agreements[i];
            // The brief's own words for the status when it gives them (협상 타결, 서명 여부 미보도), else the status's.
            var status = agreement.StatusLabel is { } label ? context.Text(label) : context.Strings.Status(agreement.Status);
            var title = $"{context.Text(agreement.Title)} ({status})";
            var summary = report.Prose.Items(agreement.Summary.Get(context.Language));
            var parties = agreement.Parties.Select(p => p.Value).ToList();
            Element content = summary;
            if (parties.Count > 0 && !SaysNothingNew(brief, parties))
            {
                var names = string.Join(", ", parties.Select(id => ItemList.NameOf(context, id)));
                content = L.Column(column =>
                {
                    column.Spacing(4);
                    column.Item(summary);
                    column.Item(report.Prose.Note((p, style) =>
                    {
                        p.Span(context.Profile.Polish(context.Strings.LabelParties + ":") + " ", style);
                        p.Span(names, style);
                    }));
                });
            }

            return (title, content, Anchors.Agreement(context, agreement.Id.Value));
        });
    }

    // Parties that are every delegation of the brief, each with people in the table (which names it), are what
    // a bilateral paper's reader already knows: "※ 당사자: 대한민국, 캐나다" under each agreement would be noise.
    private static bool SaysNothingNew(Model.Brief brief, IReadOnlyList<string> parties) =>
        parties.ToHashSet(StringComparer.Ordinal).SetEquals(brief.Delegations.Select(d => d.Id.Value))
        && brief.Delegations.All(d => brief.Participants.Any(p => p.Delegation?.Value == d.Id.Value));
}
