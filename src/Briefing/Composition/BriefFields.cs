using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Typesetting.Layout;

namespace Briefing.Composition;

/// <summary>
/// The brief's fields as the composer names the parts of the document it builds from them (the engine
/// quotes those names in a <see cref="LayoutException"/>), and the way back from a failure to the field
/// and its place in the file.
/// </summary>
internal static class BriefFields
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Participants = "participants";
    public const string Agreements = "agreements";
    public const string Questions = "questions";
    public const string Timeline = "timeline";
    public const string Sources = "sources";

    /// <summary>The name of the free section at <paramref name="index"/> (0-based), as the file's list counts it.</summary>
    public static string Section(int index) => $"sections[{index}]";

    /// <summary>
    /// The field a layout failure belongs to: the innermost part the engine names in its reason, the title
    /// for the running header (which repeats it), else the brief as a whole.
    /// </summary>
    public static (string Field, SourceSpan Span) Locate(Brief brief, LayoutException failure)
    {
        var candidates = new List<(string Field, SourceSpan Span)>
        {
            (Title, brief.Title.Span),
            (Summary, brief.Summary.Span),
        };
        AddFirst(candidates, Participants, brief.Participants.Select(p => p.Span));
        AddFirst(candidates, Agreements, brief.Agreements.Select(a => a.Span));
        AddFirst(candidates, Questions, brief.Questions.Select(q => q.Span));
        AddFirst(candidates, Timeline, brief.Timeline.Select(t => t.Span));
        AddFirst(candidates, Sources, brief.Sources.Select(s => s.Span));
        for (var i = 0; i < brief.Sections.Count; i++)
            candidates.Add((Section(i), brief.Sections[i].Span));

        var innermost = (Field: (string?)null, Span: brief.Span, At: -1);
        foreach (var (field, span) in candidates)
        {
            var at = failure.Reason.LastIndexOf($"'{field}'", StringComparison.Ordinal);
            if (at > innermost.At)
                innermost = (field, span, at);
        }

        if (innermost.Field is { } named)
            return (named, innermost.Span);
        // The running header of every page after the first holds the title (PageFurniture.RunningTitle).
        if (failure.Reason.StartsWith("the header", StringComparison.Ordinal))
            return (Title, brief.Title.Span);
        return ("the brief", brief.Span);
    }

    private static void AddFirst(List<(string, SourceSpan)> candidates, string field, IEnumerable<SourceSpan> items)
    {
        // A list has no place of its own in the model; its first item stands for it.
        foreach (var span in items)
        {
            candidates.Add((field, span));
            return;
        }
    }
}
