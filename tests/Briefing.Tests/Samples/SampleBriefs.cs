namespace Briefing.Tests.Samples;

/// <summary>Briefs written for the tests (not the project's real briefs).</summary>
internal static class SampleBriefs
{
    /// <summary>A complete brief that uses every key of the format.</summary>
    public const string Full = """
        format: brief/1
        id: 2024-05-14-ottawa-trade-talks
        languages: [en, ko]
        classification: protected-a
        date: 2024-05-14
        paper: letter
        title:    { en: "Korea-Canada Trade Talks", ko: "한-캐나다 통상 협의" }
        subtitle: { en: "Third round", ko: "제3차 회의" }
        location: { en: "Ottawa, Ontario", ko: "온타리오주 오타와" }
        occasion: { en: "Joint Economic Committee", ko: "경제공동위원회" }
        prepared:
          by: { en: "Trade Policy Division", ko: "통상정책과" }
          on: 2024-05-15
          version: 2
        summary:
          en: |
            The third round closed with **two texts agreed** and one *still open*.

            - Critical minerals: text agreed
            - Clean energy: text agreed
            - Digital trade: talks continue, see [the statement](https://example.org/statement)
          ko: |
            제3차 회의에서 **두 건의 문안에 합의**하고 한 건은 *협의를 계속*하기로 함.

            - 핵심 광물: 문안 합의
            - 청정에너지: 문안 합의
            - 디지털 통상: 협의 지속, [공동 발표문](https://example.org/statement) 참조
        delegations:
          - id: kr
            name: { en: "Republic of Korea", ko: "대한민국" }
          - id: ca
            name: { en: "Canada", ko: "캐나다" }
        participants:
          - id: kim-min-su
            name:  { en: "Kim Min-su", ko: "김민수" }
            title: { en: "Deputy Minister for Trade", ko: "통상교섭실장" }
            delegation: kr
            note: { en: "Leads the Korean side.", ko: "한국 측 수석대표" }
          - id: jane-doe
            name: "Jane Doe"
            title: { en: "Assistant Deputy Minister", ko: "차관보" }
            delegation: ca
        agreements:
          - id: critical-minerals
            title:   { en: "Critical minerals supply chain", ko: "핵심 광물 공급망" }
            status: agreed-verbally
            parties: [kr, ca]
            summary: { en: "Both sides agreed the text.", ko: "양측이 문안에 합의함." }
          - id: digital-trade
            title:   { en: "Digital trade", ko: "디지털 통상" }
            status: under-negotiation
            summary: { en: "Talks continue.", ko: "협의 지속" }
        questions:
          - id: digital-timeline
            question: { en: "When will the digital trade text close?", ko: "디지털 통상 문안은 언제 타결되는가?" }
            context:  { en: "No date was set.", ko: "일정은 정하지 않음." }
            related: [digital-trade, kim-min-su, ca]
        timeline:
          - date: 2024-05-13
            event: { en: "Delegations arrive", ko: "대표단 도착" }
          - date: 2024-05-14
            event: { en: "Third round", ko: "제3차 회의" }
        sections:
          - id: background
            title: { en: "Background", ko: "배경" }
            body:  { en: "The committee meets once a year.", ko: "위원회는 매년 1회 개최됨." }
        sources:
          - title: { en: "Joint statement", ko: "공동 발표문" }
            publisher: "Example News"
            date: 2024-05-14
            url: "https://example.org/statement"
          - title: "Press office"
            url: "mailto:press@example.org"
        """;

    /// <summary>The smallest valid brief: only the required keys.</summary>
    public const string Minimal = """
        format: brief/1
        languages: [en, ko]
        classification: unclassified
        date: 2025-10-30
        title: { en: "Title", ko: "제목" }
        location: { en: "Place", ko: "장소" }
        prepared:
          on: 2025-10-31
        summary: { en: "Summary.", ko: "요약" }
        """;
}
