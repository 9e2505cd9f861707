using Briefing.Loading;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Validation;

/// <summary>
/// One malformed brief per row, each with the one diagnostic it must produce. The base is
/// <see cref="SampleBriefs.Minimal"/>, whose lines are:
/// 1 format, 2 languages, 3 classification, 4 date, 5 title, 6 location, 7 prepared, 8 on, 9 summary.
/// </summary>
public sealed class MalformedBriefTests
{
    private const string Delegations = """
        delegations:
          - id: kr
            name: { en: "Korea", ko: "한국" }
        """;

    private const string Participant = """
        participants:
          - id: lee
            name: { en: "Lee", ko: "이" }
            title: { en: "President", ko: "대통령" }
        """;

    public static TheoryData<string, string, string, int, int> Cases => new()
    {
        // name, brief, code, line, column
        { "unterminated quote", Replace("title: { en: \"Title\", ko: \"제목\" }", "title: \"Title"), "BRF001", 6, 1 },
        { "tab indentation", Replace("  on: 2025-10-31", "\ton: 2025-10-31"), "BRF001", 8, 1 },
        { "alias", Replace("location: { en: \"Place\", ko: \"장소\" }", "location: *title"), "BRF003", 6, 11 },
        { "anchor", Replace("title: {", "title: &t {"), "BRF003", 5, 8 },
        { "two documents", SampleBriefs.Minimal + "\n---\nformat: brief/1\n", "BRF008", 10, 1 },
        { "top level is a list", "- format: brief/1\n", "BRF008", 1, 1 },
        { "unknown key", SampleBriefs.Minimal + "\nsubtitel: { en: \"S\", ko: \"부\" }\n", "BRF010", 10, 1 },
        { "unknown nested key", Replace("  on: 2025-10-31", "  on: 2025-10-31\n  bye: x"), "BRF010", 9, 3 },
        { "missing summary", Replace("summary: { en: \"Summary.\", ko: \"요약\" }", string.Empty), "BRF011", 1, 1 },
        { "missing prepared.on", Replace("  on: 2025-10-31", "  version: 1"), "BRF011", 8, 3 },
        { "text without ko", Replace("title: { en: \"Title\", ko: \"제목\" }", "title: { en: \"Title\" }"), "BRF012", 5, 8 },
        { "participant title without ko", SampleBriefs.Minimal + "\n" + Participant.Replace(", ko: \"대통령\"", string.Empty), "BRF012", 13, 12 },
        { "prepared is a date", Replace("prepared:\n  on: 2025-10-31", "prepared: 2025-10-31"), "BRF013", 7, 11 },
        { "title is a list", Replace("title: { en: \"Title\", ko: \"제목\" }", "title: [Title]"), "BRF013", 5, 8 },
        { "duplicate key", SampleBriefs.Minimal + "\ndate: 2025-10-30\n", "BRF014", 10, 1 },
        { "empty location", Replace("location: { en: \"Place\", ko: \"장소\" }", "location: \"\""), "BRF016", 6, 11 },
        { "id not kebab-case", SampleBriefs.Minimal + "\n" + Delegations.Replace("id: kr", "id: Korea_1"), "BRF020", 11, 9 },
        { "id used twice", SampleBriefs.Minimal + "\n" + Delegations + "\n" + Participant.Replace("id: lee", "id: kr"), "BRF021", 14, 9 },
        { "unknown delegation", SampleBriefs.Minimal + "\n" + Delegations + "\n" + Participant + "\n    delegation: kor", "BRF022", 17, 17 },
        { "party is a participant", SampleBriefs.Minimal + "\n" + Participant + "\nagreements:\n  - id: a\n    title: T\n    status: signed\n    parties: [lee]\n    summary: S", "BRF023", 18, 15 },
        { "related id unknown", SampleBriefs.Minimal + "\nquestions:\n  - id: q\n    question: Q?\n    related: [nowhere]", "BRF022", 13, 15 },
        { "date not ISO", Replace("date: 2025-10-30", "date: 30/10/2025"), "BRF030", 4, 7 },
        { "date not real", Replace("date: 2025-10-30", "date: 2025-02-30"), "BRF030", 4, 7 },
        { "classification misspelt", Replace("classification: unclassified", "classification: secrte"), "BRF031", 3, 17 },
        { "paper unknown", SampleBriefs.Minimal + "\npaper: a5\n", "BRF031", 10, 8 },
        { "status unknown", SampleBriefs.Minimal + "\nagreements:\n  - id: a\n    title: T\n    status: done\n    summary: S", "BRF031", 13, 13 },
        { "format brief/2", Replace("format: brief/1", "format: brief/2"), "BRF032", 1, 9 },
        { "version zero", Replace("  on: 2025-10-31", "  on: 2025-10-31\n  version: 0"), "BRF033", 9, 12 },
        { "language not BCP 47", Replace("languages: [en, ko]", "languages: [en, ko, english]"), "BRF040", 2, 21 },
        { "language without resx", Replace("languages: [en, ko]", "languages: [en, ko, de]"), "BRF041", 2, 21 },
        { "region without profile", Replace("languages: [en, ko]", "languages: [en-AU, ko]"), "BRF041", 2, 13 },
        { "language twice, once with a region", Replace("languages: [en, ko]", "languages: [en, ko, en-GB]"), "BRF042", 2, 21 },
        { "language twice", Replace("languages: [en, ko]", "languages: [en, ko, en]"), "BRF042", 2, 21 },
        { "no languages", NoLanguages(), "BRF043", 2, 12 },
        { "javascript url", SampleBriefs.Minimal + "\nsources:\n  - title: T\n    url: \"javascript:alert(1)\"", "BRF050", 12, 10 },
        { "ftp link in prose", Replace("summary: { en: \"Summary.\"", "summary: { en: \"[x](ftp://a.b)\""), "BRF050", 9, 17 },
        { "control character", Replace("title: { en: \"Title\"", "title: { en: \"Ti\\atle\""), "BRF051", 5, 14 },
        { "bidi override", Replace("title: { en: \"Title\"", "title: { en: \"Ti\u202Etle\""), "BRF052", 5, 14 },
        { "heading in prose", Replace("summary: { en: \"Summary.\", ko: \"요약\" }", "summary: |\n  Fine.\n\n  # Heading"), "BRF060", 12, 3 },
        { "html in prose", Replace("summary: { en: \"Summary.\", ko: \"요약\" }", "summary: |\n  <div>x</div>"), "BRF060", 10, 3 },
        { "image in prose", Replace("summary: { en: \"Summary.\"", "summary: { en: \"See ![x](https://a.b/c.png)\""), "BRF060", 9, 21 },
        { "numbered list in prose", Replace("summary: { en: \"Summary.\", ko: \"요약\" }", "summary: |\n  1. one\n  2. two"), "BRF060", 10, 3 },
        { "star bullets in prose", Replace("summary: { en: \"Summary.\", ko: \"요약\" }", "summary: |\n  * one"), "BRF060", 10, 3 },
        { "nested list in prose", Replace("summary: { en: \"Summary.\", ko: \"요약\" }", "summary: |\n  - one\n    - two"), "BRF060", 11, 5 },
        { "code in prose", Replace("summary: { en: \"Summary.\"", "summary: { en: \"run `x`\""), "BRF060", 9, 21 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_malformed_brief_gives_exactly_its_diagnostic(string name, string yaml, string code, int line, int column)
    {
        // When
        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        // Then
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.True((code, line, column) == (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column),
            $"{name}: expected {code} at {line}:{column}, got {diagnostic}");
        Assert.Null(result.Brief);
    }

    [Fact]
    public void A_language_the_brief_does_not_list_is_a_warning_and_the_brief_still_loads()
    {
        var yaml = Replace("title: { en: \"Title\", ko: \"제목\" }", "title: { en: \"Title\", ko: \"제목\", fr: \"Titre\" }");

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        Assert.Equal("briefs/x.yaml:5:8: warning BRF015: title has a 'fr' text but 'fr' is not in languages",
            Assert.Single(result.Diagnostics).ToString());
        Assert.NotNull(result.Brief);
    }

    [Fact]
    public void A_timeline_out_of_date_order_is_a_warning()
    {
        var yaml = SampleBriefs.Minimal + "\ntimeline:\n  - { date: 2025-10-30, event: B }\n  - { date: 2025-10-29, event: A }\n";

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        Assert.Equal("briefs/x.yaml:12:5: warning BRF024: timeline[1] (2025-10-29) is dated before timeline[0] (2025-10-30)",
            Assert.Single(result.Diagnostics).ToString());
        Assert.NotNull(result.Brief);
    }

    [Fact]
    public void A_diagnostic_reads_file_line_column_severity_code_and_message()
    {
        var yaml = SampleBriefs.Minimal + "\n" + Participant.Replace(", ko: \"대통령\"", string.Empty);

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        Assert.Equal("briefs/x.yaml:13:12: error BRF012: participants[0].title has no 'ko' text", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run_sorted_by_position()
    {
        // Given three problems written bottom-up
        var yaml = SampleBriefs.Minimal
            .Replace("date: 2025-10-30", "date: 2025-13-01")
            .Replace("classification: unclassified", "classification: secrte")
            + "\nextra: 1\n";

        // When
        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        // Then
        Assert.Equal(
            [
                "briefs/x.yaml:3:17: error BRF031: classification 'secrte' is not one of unclassified, protected-a, protected-b, protected-c, confidential, secret, top-secret; did you mean 'secret'?",
                "briefs/x.yaml:4:7: error BRF030: date '2025-13-01' is not a real date",
                "briefs/x.yaml:10:1: error BRF010: unknown key 'extra'",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void An_unknown_key_suggests_the_closest_known_key()
    {
        var yaml = Replace("title:", "titel:");

        var messages = new BriefLoader().Load(yaml, "briefs/x.yaml").Diagnostics.Select(d => d.Message).ToList();

        Assert.Contains("unknown key 'titel'; did you mean 'title'?", messages);
        Assert.Contains("'title' is required", messages);
    }

    [Fact]
    public void An_unknown_reference_suggests_an_id_of_the_right_kind()
    {
        var yaml = SampleBriefs.Minimal + "\n" + Delegations + "\n" + Participant + "\n    delegation: kor";

        var diagnostic = Assert.Single(new BriefLoader().Load(yaml, "briefs/x.yaml").Diagnostics);

        Assert.Equal("participants[0].delegation: no delegation 'kor'; did you mean 'kr'?", diagnostic.Message);
    }

    [Fact]
    public void A_yaml_syntax_error_carries_no_stack_trace_or_parser_position_prefix()
    {
        var diagnostic = Assert.Single(new BriefLoader().Load("title: \"open\n", "briefs/x.yaml").Diagnostics);

        Assert.Equal("BRF001", diagnostic.Code);
        Assert.DoesNotContain("Line:", diagnostic.Message);
        Assert.DoesNotContain(" at ", diagnostic.Message);
    }

    private static string Replace(string find, string replacement)
    {
        Assert.Contains(find, SampleBriefs.Minimal);
        return SampleBriefs.Minimal.Replace(find, replacement);
    }

    private static string NoLanguages() => """
        format: brief/1
        languages: []
        classification: unclassified
        date: 2025-10-30
        title: Title
        location: Place
        prepared:
          on: 2025-10-31
        summary: Summary.
        """;
}
