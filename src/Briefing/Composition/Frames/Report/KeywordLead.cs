using Briefing.Model;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// A paragraph's bold lead-in read as a report's keyword lead: <c>**군사비밀정보보호협정**: 양 정상은 …</c> or
/// <c>**Classified information:** the two …</c> (a bold first run closed by a colon, in it or at the start of the
/// next run) becomes the keyword <c>군사비밀정보보호협정</c> and the rest, set <c>(군사비밀정보보호협정) 양 정상은 …</c>.
/// Bold anywhere else, or a bold run without its colon, is just bold.
/// </summary>
internal static class KeywordLead
{
    private static readonly char[] Spaces = [' ', '\u00A0', '\u202F'];

    /// <summary>
    /// The keyword and what is left of the second run, or null when <paramref name="paragraph"/> has no keyword
    /// lead; <paramref name="polished"/> are its runs as the language sets them.
    /// </summary>
    public static (string Keyword, string Remainder)? Of(ProseParagraph paragraph, IReadOnlyList<string> polished)
    {
        if (paragraph.Inlines.Count < 2 || !paragraph.Inlines[0].Bold || paragraph.Inlines[1].Bold || paragraph.Inlines[1].Url is not null)
            return null;
        var keyword = polished[0].TrimEnd(Spaces);
        var rest = polished[1];
        if (keyword.EndsWith(':'))
            keyword = keyword[..^1];
        else if (rest.TrimStart(Spaces).StartsWith(':'))
            rest = rest.TrimStart(Spaces)[1..];
        else
            return null;
        keyword = keyword.TrimEnd(Spaces);
        rest = rest.TrimStart(Spaces);
        return keyword.Length == 0 || rest.Length == 0 ? null : (keyword, rest);
    }

    /// <summary>The paragraph's text as a report sets it (for checks that every text reaches the page).</summary>
    public static string Text(ProseParagraph paragraph, IReadOnlyList<string> polished) =>
        Of(paragraph, polished) is { } lead
            ? $"({lead.Keyword}) {lead.Remainder}{string.Concat(polished.Skip(2))}"
            : string.Concat(polished);
}
