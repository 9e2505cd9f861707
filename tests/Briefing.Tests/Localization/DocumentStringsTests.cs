using System.Globalization;
using Briefing.Localization;
using Briefing.Model;

namespace Briefing.Tests.Localization;

public sealed class DocumentStringsTests
{
    [Fact]
    public void Section_titles_come_in_each_language()
    {
        var en = DocumentStrings.For("en");
        var ko = DocumentStrings.For("ko");

        Assert.Equal(("Summary", "요약"), (en.SectionSummary, ko.SectionSummary));
        Assert.Equal(("Participants", "참석자"), (en.SectionParticipants, ko.SectionParticipants));
        Assert.Equal(("Agreements", "합의 사항"), (en.SectionAgreements, ko.SectionAgreements));
        Assert.Equal(("Outstanding questions", "확인 필요 사항"), (en.SectionQuestions, ko.SectionQuestions));
        Assert.Equal(("Timeline", "주요 일정"), (en.SectionTimeline, ko.SectionTimeline));
        Assert.Equal(("Sources", "출처"), (en.SectionSources, ko.SectionSources));
        Assert.Equal(("Date", "일시"), (en.LabelDate, ko.LabelDate));
        Assert.Equal(("Prepared by", "작성"), (en.LabelPreparedBy, ko.LabelPreparedBy));
    }

    [Fact]
    public void Page_numbers_follow_each_language()
    {
        Assert.Equal("Page 2 of 3", DocumentStrings.For("en").PageOf(2, 3));
        Assert.Equal("2 / 3 쪽", DocumentStrings.For("ko").PageOf(2, 3));
    }

    [Fact]
    public void Every_status_and_classification_has_a_name_in_each_language()
    {
        foreach (var language in new[] { "en", "ko" })
        {
            var strings = DocumentStrings.For(language);
            foreach (var status in Enum.GetValues<AgreementStatus>())
            {
                Assert.False(string.IsNullOrWhiteSpace(strings.Status(status)));
            }

            foreach (var classification in Enum.GetValues<Classification>())
            {
                Assert.False(string.IsNullOrWhiteSpace(strings.Classification(classification)));
            }
        }
    }

    [Theory]
    [InlineData(Classification.Unclassified, "UNCLASSIFIED", "일반")]
    [InlineData(Classification.ProtectedA, "PROTECTED A", "대외비")]
    [InlineData(Classification.ProtectedC, "PROTECTED C", "대외비")]
    [InlineData(Classification.Confidential, "CONFIDENTIAL", "Ⅲ급비밀")]
    [InlineData(Classification.Secret, "SECRET", "Ⅱ급비밀")]
    [InlineData(Classification.TopSecret, "TOP SECRET", "Ⅰ급비밀")]
    public void Classifications_use_the_canadian_markings_in_english_and_the_korean_levels_in_korean(Classification level, string en, string ko)
    {
        Assert.Equal(en, DocumentStrings.For("en").Classification(level));
        Assert.Equal(ko, DocumentStrings.For("ko").Classification(level));
    }

    [Theory]
    [InlineData(AgreementStatus.AgreedVerbally, "Agreed verbally", "구두 합의")]
    [InlineData(AgreementStatus.UnderNegotiation, "Under negotiation", "협상 중")]
    [InlineData(AgreementStatus.InForce, "In force", "발효")]
    public void Statuses_have_names_in_each_language(AgreementStatus status, string en, string ko)
    {
        Assert.Equal(en, DocumentStrings.For("en").Status(status));
        Assert.Equal(ko, DocumentStrings.For("ko").Status(status));
    }

    [Fact]
    public void The_words_ignore_the_threads_current_culture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ko");
            Assert.Equal("Summary", DocumentStrings.For("en").SectionSummary);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("요약", DocumentStrings.For("ko").SectionSummary);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Two_languages_can_be_read_in_parallel()
    {
        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = DocumentStrings.For(i % 2 == 0 ? "en" : "ko").SectionTimeline);

        Assert.All(results.Where((_, i) => i % 2 == 0), text => Assert.Equal("Timeline", text));
        Assert.All(results.Where((_, i) => i % 2 == 1), text => Assert.Equal("주요 일정", text));
    }

    [Fact]
    public void English_korean_and_french_are_supported_and_german_is_not()
    {
        Assert.True(SupportedLanguages.IsSupported("en"));
        Assert.True(SupportedLanguages.IsSupported("ko"));
        Assert.True(SupportedLanguages.IsSupported("ko-KR"));
        Assert.Equal("요약", DocumentStrings.For("ko-KR").SectionSummary);
        Assert.True(SupportedLanguages.IsSupported("fr"));
        Assert.True(SupportedLanguages.IsSupported("fr-CA"));
        Assert.Equal("Résumé", DocumentStrings.For("fr-CA").SectionSummary);
        Assert.False(SupportedLanguages.IsSupported("de"));
        Assert.False(SupportedLanguages.IsSupported("xx-nonsense-tag"));
        Assert.Equal(["en", "fr", "ko"], SupportedLanguages.All());
        Assert.Throws<ArgumentException>(() => DocumentStrings.For("de"));
    }

    [Fact]
    public void A_tag_is_served_by_the_translation_of_its_nearest_parent_whatever_its_case_or_separator()
    {
        // Invariant globalization gives cultures no parents: the walk from a tag to its translation is brief's own
        Assert.Equal("ko", SupportedLanguages.Translation("ko-KR")?.Name);
        Assert.Equal("fr", SupportedLanguages.Translation("fr-Latn-CA")?.Name);
        Assert.Equal("fr", SupportedLanguages.Translation("fr_CA")?.Name);
        Assert.Equal("ko", SupportedLanguages.Translation("KO")?.Name);
        Assert.Equal("en", SupportedLanguages.Translation("en-CA")?.Name);
        Assert.Null(SupportedLanguages.Translation("de-CH"));
        Assert.Null(SupportedLanguages.Translation(""));
        Assert.Equal("Résumé", DocumentStrings.For("FR-ca").SectionSummary);
    }
}
