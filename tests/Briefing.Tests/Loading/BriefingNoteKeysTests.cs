using Briefing.Composition.Frames;
using Briefing.Loading;
using Briefing.Localization;
using Briefing.Model;

namespace Briefing.Tests.Loading;

/// <summary>
/// The keys issue 14 added to <c>brief/1</c> for the readers' frames: addressee, purpose, tracking number,
/// structured prepared/approved/consulted, a home delegation per language, section roles, participant kinds,
/// the frame, and the marks written in braces.
/// </summary>
public sealed class BriefingNoteKeysTests
{
    private const string Head = """
        format: brief/1
        languages: [en, ko]
        classification: unclassified
        date: 2025-10-30
        title: { en: "Title", ko: "제목" }
        location: { en: "Place", ko: "장소" }
        summary: { en: "Summary.", ko: "요약" }

        """;

    private const string Prepared = """
        prepared:
          on: 2025-10-31

        """;

    private const string Delegations = """
        delegations:
          - id: kr
            name: { en: "Korea", ko: "대한민국" }
          - id: ca
            name: { en: "Canada", ko: "캐나다" }

        """;

    private static LoadResult Load(string yaml) => new BriefLoader().Load(yaml, "briefs/x.yaml");

    private static string Lines(LoadResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToString()));

    [Fact]
    public void A_brief_without_the_new_keys_reads_as_before()
    {
        var brief = Load(Head + Prepared).Brief!;

        Assert.Null(brief.Addressee);
        Assert.Null(brief.Purpose);
        Assert.Null(brief.Tracking);
        Assert.Empty(brief.Approved);
        Assert.Empty(brief.Consulted);
        Assert.Empty(brief.Home);
        Assert.Equal(FramePreference.Default, brief.Frame);
        Assert.Null(brief.Prepared.Title);
        Assert.Null(brief.Prepared.Telephone);
    }

    [Fact]
    public void The_note_header_keys_are_read()
    {
        var result = Load(Head + Prepared + """
            addressee: { en: "Minister of Foreign Affairs", ko: "외교부 장관" }
            purpose: decision
            tracking: "2025-000123"
            frame: note
            sections:
              - id: recommendation
                title: { en: "Recommendation", ko: "건의" }
                role: next-steps
                body: { en: "Approve.", ko: "승인함" }
            """);

        Assert.Equal("", Lines(result));
        var brief = result.Brief!;
        Assert.Equal("외교부 장관", brief.Addressee!.Get("ko"));
        Assert.Equal(Purpose.Decision, brief.Purpose);
        Assert.Equal("2025-000123", brief.Tracking!.Get("en"));
        Assert.Equal(FramePreference.Note, brief.Frame);
        Assert.Equal(SectionRole.NextSteps, brief.Sections[0].Role);
    }

    [Fact]
    public void Prepared_approved_and_consulted_are_structured()
    {
        var result = Load(Head + """
            prepared:
              by: "Jane Doe"
              title: { en: "Policy Analyst", ko: "정책분석관" }
              unit: { en: "Korea Division", ko: "한국과" }
              telephone: "613-555-0100 ext. 12"
              on: 2025-10-31
            approved:
              - by: "John Roe"
                title: { en: "Director General", ko: "국장" }
                on: 2025-10-31
            consulted:
              - unit: { en: "Trade Policy Division", ko: "통상정책과" }
              - name: "Kim Min-su"
                title: { en: "Director", ko: "과장" }
            """);

        Assert.Equal("", Lines(result));
        var brief = result.Brief!;
        Assert.Equal("Jane Doe", brief.Prepared.By!.Get("en"));
        Assert.Equal("Policy Analyst", brief.Prepared.Title!.Get("en"));
        Assert.Equal("한국과", brief.Prepared.Unit!.Get("ko"));
        Assert.Equal("613-555-0100 ext. 12", brief.Prepared.Telephone);
        var approval = Assert.Single(brief.Approved);
        Assert.Equal("John Roe", approval.By.Get("ko"));
        Assert.Equal(new DateOnly(2025, 10, 31), approval.On);
        Assert.Equal(2, brief.Consulted.Count);
        Assert.Equal("Trade Policy Division", brief.Consulted[0].Unit!.Get("en"));
        Assert.Null(brief.Consulted[0].Name);
        Assert.Equal("과장", brief.Consulted[1].Title!.Get("ko"));
    }

    [Fact]
    public void A_telephone_number_that_is_not_one_is_BRF034_at_its_value()
    {
        var result = Load(Head + """
            prepared:
              on: 2025-10-31
              telephone: "call the desk"
            """);

        Assert.Equal("briefs/x.yaml:10:14: error BRF034: prepared.telephone 'call the desk' is not a telephone number (e.g. '613-555-0100 ext. 12')",
            Lines(result));
    }

    [Theory]
    [InlineData("613-555-0100")]
    [InlineData("+1 613 555 0100")]
    [InlineData("(613) 555-0100 x12")]
    [InlineData("02-2100-2114")]
    [InlineData("613.555.0100 poste 4")]
    public void Telephone_numbers_as_written_in_Canada_and_Korea_are_accepted(string number)
    {
        var result = Load(Head + $"prepared:\n  on: 2025-10-31\n  telephone: \"{number}\"\n");

        Assert.Equal("", Lines(result));
        Assert.Equal(number, result.Brief!.Prepared.Telephone);
    }

    [Fact]
    public void An_approval_needs_a_name_and_a_consultation_a_name_or_a_unit()
    {
        var result = Load(Head + Prepared + """
            approved:
              - title: "Director General"
            consulted:
              - title: "Director"
            """);

        Assert.Equal(
            """
            briefs/x.yaml:11:5: error BRF011: 'approved[0].by' is required
            briefs/x.yaml:13:5: error BRF011: consulted[0] needs a 'name' or a 'unit' (or both)
            """.ReplaceLineEndings("\n"),
            Lines(result));
    }

    [Fact]
    public void A_choice_outside_its_set_is_BRF031_with_a_suggestion()
    {
        var result = Load(Head + Prepared + """
            purpose: decison
            frame: report
            participants:
              - id: a
                name: "A"
                title: "B"
                kind: mentionned
            sections:
              - id: s
                title: "S"
                role: next-step
                body: "Body."
            """);

        Assert.Equal(
            """
            briefs/x.yaml:10:10: error BRF031: purpose 'decison' is not one of information, decision; did you mean 'decision'?
            briefs/x.yaml:16:11: error BRF031: participants[0].kind 'mentionned' is not one of participant, mentioned; did you mean 'mentioned'?
            briefs/x.yaml:20:11: error BRF031: sections[0].role 'next-step' is not one of background, status, considerations, next-steps, annex; did you mean 'next-steps'?
            """.ReplaceLineEndings("\n"),
            Lines(result));
    }

    [Fact]
    public void A_decision_note_without_a_next_steps_section_is_warned_BRF025()
    {
        var result = Load(Head + Prepared + """
            purpose: decision
            sections:
              - id: s
                title: "S"
                role: considerations
                body: "Body."
            """);

        Assert.Equal(
            "briefs/x.yaml:10:10: warning BRF025: purpose is 'decision' but no section has role 'next-steps' to hold the recommendation",
            Lines(result));
    }

    [Fact]
    public void Participant_kind_defaults_to_participant_and_reads_mentioned()
    {
        var brief = Load(Head + Prepared + """
            participants:
              - id: a
                name: "A"
                title: "B"
              - id: b
                name: "C"
                title: "D"
                kind: mentioned
            """).Brief!;

        Assert.Equal([ParticipantKind.Participant, ParticipantKind.Mentioned], brief.Participants.Select(p => p.Kind));
    }

    [Fact]
    public void A_home_delegation_per_language_puts_each_side_first_in_its_own_version()
    {
        var result = Load(Head + Prepared + Delegations + "home: { en: ca, ko: kr }\n");

        Assert.Equal("", Lines(result));
        var brief = result.Brief!;
        Assert.Equal(["ca", "kr"], brief.DelegationsFor("en").Select(d => d.Id.Value));
        Assert.Equal(["kr", "ca"], brief.DelegationsFor("ko").Select(d => d.Id.Value));
        Assert.Equal("ca", brief.HomeDelegationFor("en")!.Id.Value);
    }

    [Fact]
    public void One_home_delegation_serves_every_language()
    {
        var brief = Load(Head + Prepared + Delegations + "home: ca\n").Brief!;

        Assert.Equal(["ca", "kr"], brief.DelegationsFor("ko").Select(d => d.Id.Value));
        Assert.Equal(["ca", "kr"], brief.DelegationsFor("en").Select(d => d.Id.Value));
    }

    [Fact]
    public void A_home_that_is_no_delegation_is_reported_once_and_a_language_outside_the_brief_is_warned()
    {
        var result = Load(Head + Prepared + Delegations + """
            home: can

            """);
        var perLanguage = Load(Head + Prepared + Delegations + """
            home: { en: ca, fr: ca, ko: kor }

            """);

        Assert.Equal("briefs/x.yaml:15:7: error BRF022: home: no delegation 'can'; did you mean 'ca'?", Lines(result));
        Assert.Equal(
            """
            briefs/x.yaml:15:17: warning BRF015: home has a 'fr' delegation but 'fr' is not in languages
            briefs/x.yaml:15:29: error BRF022: home.ko: no delegation 'kor'; did you mean 'kr'?
            """.ReplaceLineEndings("\n"),
            Lines(perLanguage));
    }

    [Fact]
    public void A_mark_in_a_text_is_left_out_of_the_text_and_shown_in_each_languages_words()
    {
        var result = Load(Head + Prepared + """
            agreements:
              - id: a
                title: { en: "Agreement on Defense {as-reported}", ko: "군사비밀정보보호협정{provisional-name}" }
                status: concluded
                summary: "S."
            """);

        Assert.Equal("", Lines(result));
        var title = result.Brief!.Agreements[0].Title;
        Assert.Equal("Agreement on Defense", title.Get("en"));
        Assert.Equal("군사비밀정보보호협정", title.Get("ko"));
        Assert.Equal([TextMark.AsReported], title.MarksOf("en"));
        Assert.Equal("군사비밀정보보호협정(가칭)", title.GetMarked("ko", DocumentStrings.For("ko").Mark));
        Assert.Equal("Agreement on Defense (title as reported)", title.GetMarked("en", DocumentStrings.For("en").Mark));
    }

    [Fact]
    public void An_agreement_may_give_its_status_in_its_own_words_and_each_language_must_have_them()
    {
        const string Agreement = """
            agreements:
              - id: a
                title: "A"
                status: concluded
                status-label: { en: "negotiations finalized; signature not reported"LANGS }
                summary: "S."
            """;
        var result = Load(Head + Prepared + Agreement.Replace("LANGS", ", ko: \"협상 타결(서명 미보도)\""));
        var missing = Load(Head + Prepared + Agreement.Replace("LANGS", ""));

        Assert.Equal("", Lines(result));
        Assert.Equal("협상 타결(서명 미보도)", result.Brief!.Agreements[0].StatusLabel!.Get("ko"));
        Assert.Equal(AgreementStatus.Concluded, result.Brief.Agreements[0].Status);
        Assert.Contains("BRF012: agreements[0].status-label has no 'ko' text", Lines(missing));
    }

    [Fact]
    public void A_mark_in_one_text_for_every_language_shows_each_languages_words()
    {
        var title = Load(Head.Replace("title: { en: \"Title\", ko: \"제목\" }", "title: \"Hanwha {provisional-name}\"") + Prepared).Brief!.Title;

        Assert.Equal("Hanwha", title.Get("en"));
        Assert.Equal("Hanwha (provisional title)", title.GetMarked("en", DocumentStrings.For("en").Mark));
        Assert.Equal("Hanwha (가칭)", title.GetMarked("ko", DocumentStrings.For("ko").Mark));
        Assert.Equal("Hanwha (titre provisoire)", title.GetMarked("fr", DocumentStrings.For("fr").Mark));
    }

    [Fact]
    public void A_mark_in_prose_becomes_a_run_of_its_own()
    {
        var result = Load(Head.Replace("summary: { en: \"Summary.\", ko: \"요약\" }",
            "summary: { en: \"It read: “We agree.”\", ko: \"“합의한다” {unofficial-translation}고 밝힘\" }") + Prepared);

        Assert.Equal("", Lines(result));
        var paragraph = Assert.IsType<ProseParagraph>(Assert.Single(result.Brief!.Summary.Get("ko").Blocks));
        Assert.Equal(
            [
                new ProseInline("“합의한다” ", false, false, null),
                ProseInline.ForMark(TextMark.UnofficialTranslation, false, false),
                new ProseInline("고 밝힘", false, false, null),
            ],
            paragraph.Inlines);
        Assert.Equal("“합의한다” 고 밝힘", paragraph.PlainText);
    }

    [Fact]
    public void An_unknown_mark_is_BRF035_at_the_mark_with_a_suggestion()
    {
        var result = Load(Head + Prepared + """
            agreements:
              - id: a
                title: { en: "Agreement", ko: "협정 {provisional}" }
                status: concluded
                summary:
                  en: |
                    First line.
                    Quoted “text” {unoficial-translation}.
                  ko: "{nothing-like-it}"
            """);

        Assert.Equal(
            """
            briefs/x.yaml:12:39: error BRF035: agreements[0].title.ko: unknown mark '{provisional}'; did you mean '{provisional-name}'?
            briefs/x.yaml:17:23: error BRF035: agreements[0].summary.en: unknown mark '{unoficial-translation}'; did you mean '{unofficial-translation}'?
            briefs/x.yaml:18:12: error BRF035: agreements[0].summary.ko: unknown mark '{nothing-like-it}'; the marks are {unofficial-translation}, {provisional-name}, {as-reported}
            """.ReplaceLineEndings("\n"),
            Lines(result));
    }

    [Fact]
    public void Braces_that_are_not_a_word_stay_text()
    {
        var result = Load(Head.Replace("title: { en: \"Title\", ko: \"제목\" }", "title: { en: \"Set {A, B} and {Mixed-Case} and {x y}\", ko: \"제목\" }") + Prepared);

        Assert.Equal("", Lines(result));
        Assert.Equal("Set {A, B} and {Mixed-Case} and {x y}", result.Brief!.Title.Get("en"));
    }

    [Fact]
    public void A_brief_frame_key_chooses_the_frame_unless_the_command_asks_for_one()
    {
        var chosen = Load(Head + Prepared + "frame: neutral\n").Brief!;
        var unchosen = Load(Head + Prepared).Brief!;
        var korean = chosen.ProfileFor("ko");

        Assert.Equal(FrameKind.Neutral, FrameChoice.Resolve(null, chosen, korean));
        Assert.Equal(FrameKind.BriefingNote, FrameChoice.Resolve(FrameKind.BriefingNote, chosen, korean));
        Assert.Equal(FrameKind.KoreanReport, FrameChoice.Resolve(null, unchosen, korean));
        Assert.Equal(FrameKind.BriefingNote, FrameChoice.Resolve(null, unchosen, unchosen.ProfileFor("en")));
    }
}
