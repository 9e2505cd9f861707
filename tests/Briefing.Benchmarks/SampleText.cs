using System.Text;

namespace Briefing.Benchmarks;

/// <summary>Deterministic Korean and mixed Korean/English text for the engine benchmarks.</summary>
public static class SampleText
{
    private static readonly string[] KoreanSentences =
    [
        "한국과 캐나다 양국 정상은 경주에서 열린 정상회담에서 포괄적 전략적 동반자 관계를 한층 강화하기로 합의하였다.",
        "양측은 핵심 광물 공급망, 청정에너지, 방위산업 협력을 3대 중점 분야로 선정하였다.",
        "이번 회담은 APEC 정상회의 기간 중 개최되었으며, 약 45분간 진행되었다.",
        "캐나다 측은 소형모듈원자로(SMR) 공동 연구와 인공지능 안전 분야의 협력 확대를 제안하였다.",
        "우리 측은 잠수함 사업 참여 의지를 재확인하고, 현지 생산과 기술 이전 방안을 설명하였다.",
        "양국은 2026년까지 경제안보 대화를 정례화하고, 차관급 협의체를 신설하기로 하였다.",
        "북한 문제와 관련하여 양 정상은 완전한 비핵화 목표를 재확인하였다.",
        "인적 교류 확대를 위해 청년 교류 프로그램의 연간 인원을 늘리는 방안도 논의되었다.",
        "「한-캐나다 자유무역협정」 발효 10주년을 맞아 교역 규모는 약 160억 달러에 이르렀다.",
        "향후 후속 조치는 외교부와 산업통상자원부가 공동으로 점검할 예정이다.",
    ];

    private static readonly string[] EnglishSentences =
    [
        "The leaders agreed to deepen the Comprehensive Strategic Partnership signed in 2022.",
        "Critical minerals, clean energy and defence procurement were named as the three priorities.",
        "Canada proposed joint research on small modular reactors (SMRs) and AI safety.",
        "Follow-up talks at vice-minister level are planned for the first quarter of 2026.",
        "Two-way trade reached about US$16 billion, ten years after CKFTA entered into force.",
    ];

    /// <summary>A paragraph of <paramref name="sentences"/> sentences, Korean with one English sentence in four.</summary>
    public static string MixedParagraph(Random random, int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
                text.Append(' ');
            text.Append(random.Next(4) == 0
                ? EnglishSentences[random.Next(EnglishSentences.Length)]
                : KoreanSentences[random.Next(KoreanSentences.Length)]);
        }

        return text.ToString();
    }

    /// <summary>
    /// Korean prose of at least <paramref name="utf8Bytes"/> bytes in UTF-8 (Hangul is three bytes a
    /// syllable), in paragraphs of about five sentences separated by newlines.
    /// </summary>
    public static string Korean(int utf8Bytes)
    {
        var random = new Random(20251030);
        var text = new StringBuilder();
        var bytes = 0;
        var sentence = 0;
        while (bytes < utf8Bytes)
        {
            var next = KoreanSentences[random.Next(KoreanSentences.Length)];
            var separator = sentence == 0 ? "" : sentence % 5 == 0 ? "\n" : " ";
            text.Append(separator).Append(next);
            bytes += Encoding.UTF8.GetByteCount(separator) + Encoding.UTF8.GetByteCount(next);
            sentence++;
        }

        return text.ToString();
    }
}
