using System.Globalization;
using System.Text;

namespace Briefing.Tests.Samples;

/// <summary>
/// Long briefs generated for layout tests: many agreements and questions whose bodies vary in length, so
/// that headings fall at every height of a page. Each heading text is unique and listed, so a test can tell
/// a heading from body text when it reads the PDF back.
/// </summary>
internal static class LongBriefs
{
    /// <summary>A brief with <paramref name="agreements"/> agreements and <paramref name="questions"/> questions.</summary>
    public static (string Yaml, IReadOnlyList<string> EnglishHeadings, IReadOnlyList<string> KoreanHeadings) Build(
        int agreements, int questions, int seed = 7)
    {
        var random = new Random(seed);
        var en = new List<string>();
        var ko = new List<string>();
        var yaml = new StringBuilder();
        yaml.AppendLine("""
            format: brief/1
            id: long-brief
            languages: [en, ko]
            classification: unclassified
            date: 2025-10-30
            title: { en: "Long brief", ko: "긴 자료" }
            location: { en: "Ottawa", ko: "오타와" }
            prepared:
              on: 2025-10-31
            summary: { en: "A long brief for layout tests.", ko: "배치 시험용 긴 자료임." }
            delegations:
              - id: kr
                name: { en: "Republic of Korea", ko: "대한민국" }
              - id: ca
                name: { en: "Canada", ko: "캐나다" }
            agreements:
            """);
        for (var i = 1; i <= agreements; i++)
        {
            var titleEn = Invariant($"Agreement heading number {i}");
            var titleKo = Invariant($"합의 제목 {i}번");
            en.Add(titleEn);
            ko.Add(titleKo);
            yaml.AppendLine(Invariant($"  - id: agreement-{i}"));
            yaml.AppendLine(Invariant($"    title: {{ en: \"{titleEn}\", ko: \"{titleKo}\" }}"));
            yaml.AppendLine("    status: agreed-verbally");
            yaml.AppendLine("    parties: [kr, ca]");
            yaml.AppendLine("    summary:");
            yaml.AppendLine("      en: |");
            AppendBody(yaml, random.Next(1, 12), "The parties agreed on steps to take together and to report on them", "      ");
            yaml.AppendLine("      ko: |");
            AppendBody(yaml, random.Next(1, 12), "양측은 함께 취할 조치에 합의하고 그 결과를 보고하기로 함", "      ");
        }

        yaml.AppendLine("questions:");
        for (var i = 1; i <= questions; i++)
        {
            var textEn = Invariant($"Question heading number {i}?");
            var textKo = Invariant($"질문 제목 {i}번?");
            en.Add(textEn);
            ko.Add(textKo);
            yaml.AppendLine(Invariant($"  - id: question-{i}"));
            yaml.AppendLine(Invariant($"    question: {{ en: \"{textEn}\", ko: \"{textKo}\" }}"));
            yaml.AppendLine("    context:");
            yaml.AppendLine("      en: |");
            AppendBody(yaml, random.Next(1, 10), "The question stays open until both sides settle the wording of the text", "      ");
            yaml.AppendLine("      ko: |");
            AppendBody(yaml, random.Next(1, 10), "양측이 문안의 표현을 확정할 때까지 질문은 열려 있음", "      ");
            yaml.AppendLine(Invariant($"    related: [agreement-{1 + (i % Math.Max(1, agreements))}]"));
        }

        return (yaml.ToString(), en, ko);
    }

    /// <summary>A body of <paramref name="sentences"/> sentences in one or two paragraphs.</summary>
    private static void AppendBody(StringBuilder yaml, int sentences, string sentence, string indent)
    {
        var line = new StringBuilder();
        for (var s = 0; s < sentences; s++)
        {
            line.Append(sentence).Append(". ");
            if (s == sentences / 2 && sentences > 6)
            {
                yaml.Append(indent).Append("  ").AppendLine(line.ToString().TrimEnd());
                yaml.AppendLine();
                line.Clear();
            }
        }
        if (line.Length > 0)
            yaml.Append(indent).Append("  ").AppendLine(line.ToString().TrimEnd());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
