using System.Globalization;
using System.Text;

namespace Briefing.Cli.Skeleton;

/// <summary>
/// The brief that <c>brief new</c> writes: every key of the format, every text in every language given,
/// each text a "TODO" placeholder (which validation warns of, BRF017) so that it loads and renders at once.
/// </summary>
internal static class SkeletonBrief
{
    // The placeholder words per language; a language without its own falls back to English.
    private static readonly Dictionary<string, Dictionary<string, string>> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new()
        {
            ["title"] = "title",
            ["subtitle"] = "subtitle",
            ["location"] = "city, region",
            ["occasion"] = "occasion",
            ["by"] = "team or office",
            ["summary"] = "the summary. Paragraphs, **bold**, *italic*, [links](https://example.org) and '- ' lists work.",
            ["delegation-a"] = "first delegation",
            ["delegation-b"] = "second delegation",
            ["name"] = "full name",
            ["person-title"] = "title or office",
            ["note"] = "a note on the person",
            ["agreement"] = "agreement name",
            ["agreement-summary"] = "what the agreement says",
            ["question"] = "an open question",
            ["context"] = "why it is open",
            ["event"] = "what happened",
            ["section"] = "Background",
            ["body"] = "the background",
            ["source"] = "source title",
            ["publisher"] = "publisher",
        },
        ["ko"] = new()
        {
            ["title"] = "제목",
            ["subtitle"] = "부제",
            ["location"] = "장소",
            ["occasion"] = "계기",
            ["by"] = "작성 부서",
            ["summary"] = "요약. 문단, **굵게**, *기울임*, [링크](https://example.org), '- ' 목록을 쓸 수 있음",
            ["delegation-a"] = "첫째 대표단",
            ["delegation-b"] = "둘째 대표단",
            ["name"] = "성명",
            ["person-title"] = "직위",
            ["note"] = "인물 참고사항",
            ["agreement"] = "합의 명칭",
            ["agreement-summary"] = "합의 내용",
            ["question"] = "미결 사항",
            ["context"] = "배경",
            ["event"] = "일정 내용",
            ["section"] = "배경",
            ["body"] = "배경 설명",
            ["source"] = "출처 제목",
            ["publisher"] = "발행처",
        },
    };

    /// <summary>The skeleton's YAML for <paramref name="id"/> in <paramref name="languages"/>, dated <paramref name="today"/>.</summary>
    public static string Create(string id, IReadOnlyList<string> languages, DateOnly today)
    {
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yaml = new StringBuilder();
        void Line(string text) => yaml.Append(text).Append('\n');
        string Text(string key) => "{ " + string.Join(", ", languages.Select(l => $"{l}: \"TODO: {Word(l, key)}\"")) + " }";
        void Prose(string indent, string key, string name)
        {
            Line($"{indent}{name}:");
            foreach (var language in languages)
            {
                Line($"{indent}  {language}: |");
                Line($"{indent}    TODO: {Word(language, key)}");
            }
        }

        Line("# A new brief: replace every TODO (`brief validate` lists them), delete the parts you do not need,");
        Line("# then `brief render` it. The format is described in docs/format.md.");
        Line("format: brief/1");
        Line($"id: {id}");
        Line($"languages: [{string.Join(", ", languages)}]");
        Line("classification: unclassified");
        Line($"date: {date}");
        Line("# paper: a4            # or letter; by default A4 for Korean and US Letter otherwise");
        Line($"title: {Text("title")}");
        Line($"subtitle: {Text("subtitle")}");
        Line($"location: {Text("location")}");
        Line($"occasion: {Text("occasion")}");
        Line("prepared:");
        Line($"  by: {Text("by")}");
        Line($"  on: {date}");
        Line("  version: 1");
        Line(string.Empty);
        Prose(string.Empty, "summary", "summary");
        Line(string.Empty);
        Line("delegations:");
        Line("  - id: delegation-a");
        Line($"    name: {Text("delegation-a")}");
        Line("  - id: delegation-b");
        Line($"    name: {Text("delegation-b")}");
        Line(string.Empty);
        Line("participants:");
        Line("  - id: participant-a");
        Line($"    name: {Text("name")}");
        Line($"    title: {Text("person-title")}");
        Line("    delegation: delegation-a");
        Prose("    ", "note", "note");
        Line(string.Empty);
        Line("agreements:");
        Line("  - id: agreement-a");
        Line($"    title: {Text("agreement")}");
        Line("    status: under-negotiation   # proposed, under-negotiation, agreed-verbally, concluded, signed, in-force, stalled");
        Line("    parties: [delegation-a, delegation-b]");
        Prose("    ", "agreement-summary", "summary");
        Line(string.Empty);
        Line("questions:");
        Line("  - id: question-a");
        Line($"    question: {Text("question")}");
        Prose("    ", "context", "context");
        Line("    related: [agreement-a]");
        Line(string.Empty);
        Line("timeline:");
        Line($"  - date: {date}");
        Line($"    event: {Text("event")}");
        Line(string.Empty);
        Line("sections:");
        Line("  - id: background");
        Line($"    title: {Text("section")}");
        Prose("    ", "body", "body");
        Line(string.Empty);
        Line("sources:");
        Line($"  - title: {Text("source")}");
        Line($"    publisher: {Text("publisher")}");
        Line($"    date: {date}");
        Line("    url: https://example.org/");
        return yaml.ToString();
    }

    private static string Word(string language, string key)
    {
        var words = Words.TryGetValue(language, out var own) ? own : Words["en"];
        return words.TryGetValue(key, out var word) ? word : Words["en"][key];
    }
}
