using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Tests.Validation.Drift;

/// <summary>
/// Seeded drifts between the English and Korean texts of one brief, each caught with its code, field and
/// position; and the unseeded brief, whose texts agree in every way the checks compare, gives none.
/// </summary>
public sealed class TranslationDriftTests
{
    // Line numbers are those of the file; the seeds below name them.
    private const string Agreeing = """
        format: brief/1
        languages: [en, ko]
        classification: unclassified
        date: 2025-10-30
        title: { en: "Title", ko: "제목" }
        location: { en: "Place", ko: "장소" }
        prepared:
          on: 2025-10-31
        summary:
          en: |
            The leaders met on October 30, 2025, and agreed on 1,200 projects worth 1.2 billion dollars.

            - Defence industry cooperation
            - Up to 12 submarines
            - Contact: desk@example.org
            - See [the statement](https://example.org/en/statement).

            Talks resume in June, four months on.
          ko: |
            양 정상은 2025. 10. 30. 만나 12억 달러 규모의 1{nbsp}200개 사업에 합의함

            - 방산 협력
            - 최대 12척의 잠수함
            - 문의: desk@example.org
            - [공동성명](https://example.org/ko/statement) 참조

            회담은 4개월 뒤인 6월에 재개됨
        participants:
          - id: lee
            name: { en: "Lee", ko: "이" }
            title: { en: "President", ko: "대통령" }
            note: { en: "Arrived on October 29.", ko: "10월 29일 도착" }
        timeline:
          - date: 2025-10-30
            event: { en: "Visit to a shipyard 120 km south", ko: "남쪽으로 약 120km 떨어진 조선소 방문" }
        """;

    public static TheoryData<string, string, string, string, int, int, string> Seeds => new()
    {
        // name, text replaced, replacement, code, line, column, message
        {
            "a changed figure in a bullet", "최대 12척", "최대 13척", "BRF080", 23, 5,
            "summary.ko (bullet 2) has the figure '13' where summary.en (bullet 2) has '12'"
        },
        {
            "a changed figure in a short text", "약 120km", "약 150km", "BRF080", 35, 59,
            "timeline[0].event.ko has the figure '150' where timeline[0].event.en has '120'"
        },
        {
            "an amount in other units", "12억 달러", "1조 2천억 달러", "BRF080", 20, 5,
            "summary.ko (paragraph 1) has the figure '1조 2천억' where summary.en (paragraph 1) has '1.2 billion'"
        },
        {
            "a missing bullet", "  - 방산 협력\n", string.Empty, "BRF084", 26, 5,
            "summary.ko has 2 paragraphs and 3 bullets; summary.en has 2 paragraphs and 4 bullets"
        },
        {
            "an extra paragraph", "회담은 4개월 뒤인 6월에 재개됨", "회담은 4개월 뒤인 6월에 재개됨\n\n    추가 설명", "BRF084", 29, 5,
            "summary.ko has 3 paragraphs and 4 bullets; summary.en has 2 paragraphs and 4 bullets"
        },
        {
            "a different URL", "https://example.org/ko/statement", "https://example.com/ko/statement", "BRF082", 25, 5,
            "summary.ko (bullet 4) has the URL 'https://example.com/ko/statement' where summary.en (bullet 4) has 'https://example.org/en/statement'"
        },
        {
            "a different e-mail address", "문의: desk@example.org", "문의: press@example.org", "BRF083", 24, 5,
            "summary.ko (bullet 3) has the e-mail address 'press@example.org' where summary.en (bullet 3) has 'desk@example.org'"
        },
        {
            "a different date in words", "ko: \"10월 29일 도착\"", "ko: \"10월 28일 도착\"", "BRF081", 32, 48,
            "participants[0].note.ko has the date '10월 28일' where participants[0].note.en has 'October 29'"
        },
        {
            "a different date in digits", "2025. 10. 30.", "2025. 10. 31.", "BRF081", 20, 5,
            "summary.ko (paragraph 1) has the date '2025. 10. 31.' where summary.en (paragraph 1) has 'October 30, 2025'"
        },
        {
            "a figure left out", "최대 12척의 잠수함", "최대 규모의 잠수함", "BRF080", 23, 5,
            "summary.ko (bullet 2) lacks the figure '12', which summary.en (bullet 2) has"
        },
    };

    [Fact]
    public void Texts_that_agree_in_every_language_give_no_warning()
    {
        // Given: figures grouped differently (1,200 / 1 200 with a no-break space), 1.2 billion as 12억,
        // dates in words and digits, four as 4, and the same URL under /en/ and /ko/
        var result = Load(Agreeing);

        // Then
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seeded_drift_is_the_one_warning_at_its_field(string name, string find, string replace, string code, int line, int column, string message)
    {
        // Given
        var yaml = Agreeing.Replace(find, replace, StringComparison.Ordinal);
        Assert.False(yaml == Agreeing, $"{name}: the seed '{find}' is not in the brief");

        // When
        var result = Load(yaml);

        // Then
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"briefs/x.yaml:{line}:{column}: warning {code}: {message}", diagnostic.ToString());
        Assert.NotNull(result.Brief); // a warning: the brief still renders
    }

    [Fact]
    public void A_french_decimal_comma_is_read_as_french_even_in_a_language_the_brief_does_not_list()
    {
        // Given: French is not in languages here (BRF015), but its text is compared all the same
        var yaml = Agreeing.Replace("title: { en: \"Title\", ko: \"제목\" }",
            "title: { en: \"1,200 delegates\", ko: \"1,200명\", fr: \"1,200 délégués\" }", StringComparison.Ordinal);

        // When
        var result = Load(yaml);

        // Then: 1,200 in French is one and two tenths
        Assert.Contains(result.Diagnostics, d => d.ToString() ==
            "briefs/x.yaml:5:52: warning BRF080: title.fr has the figure '1,200' (1.2) where title.en has '1,200' (1200)");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ExtraLanguage.Code);
    }

    [Fact]
    public void A_month_named_alone_that_english_cannot_tell_from_a_word_is_not_a_drift()
    {
        // Given: "en mai" beside "in May" (English May alone is read as no date: it is a modal verb too),
        // and Article 12 (제12조) beside "Article 12", which is not twelve trillion
        var yaml = Agreeing.Replace("title: { en: \"Title\", ko: \"제목\" }",
            "title: { en: \"Talks in May under Article 12\", ko: \"5월 협정 제12조 협의\", fr: \"Pourparlers en mai selon l'article 12\" }", StringComparison.Ordinal);

        // When
        var result = Load(yaml);

        // Then: only French not being listed is reported
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("BRF08", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ExtraLanguage.Code);
    }

    [Fact]
    public void A_month_alone_that_both_languages_read_still_drifts()
    {
        // Given: June in French, July in English
        var yaml = Agreeing.Replace("title: { en: \"Title\", ko: \"제목\" }",
            "title: { en: \"Talks in July\", ko: \"7월 협의\", fr: \"Pourparlers en juin\" }", StringComparison.Ordinal);

        // When
        var result = Load(yaml);

        // Then
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DriftDate.Code);
    }

    private static LoadResult Load(string yaml) =>
        new BriefLoader().Load(yaml.Replace("{nbsp}", "\u00A0", StringComparison.Ordinal), "briefs/x.yaml");
}
