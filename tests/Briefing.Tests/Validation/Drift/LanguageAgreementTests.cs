using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Validation.Drift;

namespace Briefing.Tests.Validation.Drift;

/// <summary>
/// The same fact written the way English, Korean and French write it must not warn; the same writing that
/// means something else in another language must. French is compared at this level because the brief
/// format may not list it yet: the checks take whatever languages a text has.
/// </summary>
public sealed class LanguageAgreementTests
{
    public static TheoryData<string, string, string> Agreeing => new()
    {
        // en, ko, fr
        { "1,200 people", "1,200명", "1 200 personnes" },
        { "1 200 people", "1\u00A0200명", "1\u202F200 personnes" },
        { "1200 people", "1,200명", "1\u00A0200 personnes" },
        { "1.5 per cent", "1.5%", "1,5 %" },
        { "1.2 billion dollars", "12억 달러", "1,2 milliard de dollars" },
        { "1.2 trillion won", "1조 2천억 원", "1 200 milliards de wons" },
        { "October 30, 2025", "2025. 10. 30.", "30 octobre 2025" },
        { "Thursday, October 30, 2025", "2025년 10월 30일(목)", "le jeudi 30 octobre 2025" },
        { "2025-10-30", "2025. 10. 30.(목)", "30 octobre 2025" },
        { "on June 1", "6월 1일", "le 1er juin" },
        { "October 30, 2025", "10월 30일", "30 octobre" }, // a year left out is no drift: the context gives it
        { "in August, up to 12 submarines", "8월 최대 12척의 잠수함", "en août, jusqu'à 12 sous-marins" },
        { "four months after the G7", "G7 이후 4개월", "quatre mois après le G7" },
        { "write to desk@example.org", "desk@example.org로 문의", "écrire à desk@example.org" },
        { "see https://example.org/en/a", "https://example.org/ko/a 참조", "voir https://example.org/fr/a" },
    };

    public static TheoryData<string, string, string, string> Drifting => new()
    {
        // en, ko, fr, the one warning
        { "1,200 people", "1,200명", "1,200 personnes", "BRF080 x.fr has the figure '1,200' (1.2) where x.en has '1,200' (1200)" },
        { "1.5 per cent", "1.5%", "15 %", "BRF080 x.fr has the figure '15' where x.en has '1.5'" },
        { "1.2 billion dollars", "1조 2천억 달러", "1,2 milliard de dollars", "BRF080 x.ko has the figure '1조 2천억' where x.en has '1.2 billion'" },
        { "October 30, 2025", "2025. 10. 30.", "31 octobre 2025", "BRF081 x.fr has the date '31 octobre 2025' where x.en has 'October 30, 2025'" },
        { "in August", "8월", "en juillet", "BRF081 x.fr has the date 'juillet' where x.en has 'August'" },
        { "October 30, 2025", "2024. 10. 30.", "30 octobre 2025", "BRF081 x.ko has the date '2024. 10. 30.' where x.en has 'October 30, 2025'" },
        { "write to desk@example.org", "desk@example.org로 문의", "écrire à press@example.org", "BRF083 x.fr has the e-mail address 'press@example.org' where x.en has 'desk@example.org'" },
    };

    [Theory]
    [MemberData(nameof(Agreeing))]
    public void The_same_fact_in_each_language_s_own_writing_does_not_warn(string en, string ko, string fr)
    {
        Assert.Empty(Check(en, ko, fr));
    }

    [Theory]
    [MemberData(nameof(Drifting))]
    public void A_fact_that_differs_in_one_language_warns_at_that_language(string en, string ko, string fr, string expected)
    {
        var diagnostic = Assert.Single(Check(en, ko, fr));

        Assert.Equal(expected, $"{diagnostic.Code} {diagnostic.Message}");
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        var language = diagnostic.Message[2..4];
        Assert.Equal(Position(language), diagnostic.Span);
    }

    private static IReadOnlyList<Diagnostic> Check(string en, string ko, string fr)
    {
        var text = new LocalizedText(new Dictionary<string, string> { ["fr"] = fr, ["ko"] = ko, ["en"] = en }, null, new SourceSpan("f", 1, 1))
        {
            Positions = new Dictionary<string, SourceSpan> { ["en"] = Position("en"), ["ko"] = Position("ko"), ["fr"] = Position("fr") },
        };
        var bag = new DiagnosticBag();

        new TranslationDrift(["en", "ko", "fr"], bag).Check(text, "x");

        return bag.ToSortedList();
    }

    private static SourceSpan Position(string language) => new("f", language switch { "en" => 2, "ko" => 3, _ => 4 }, 7);
}
