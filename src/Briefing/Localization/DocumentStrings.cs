using System.Globalization;
using Briefing.Model;

namespace Briefing.Localization;

/// <summary>
/// The fixed words of the document in one language, read from the resx through the generated
/// <c>Strings</c> class with the culture passed explicitly: renders in two languages can run in parallel,
/// and the thread's current culture is never read.
/// </summary>
public sealed class DocumentStrings
{
    private readonly CultureInfo _culture;

    // Null for the shipped languages, whose words the resx gives; a test's language brings its own.
    private readonly IReadOnlyDictionary<string, string>? _words;

    private DocumentStrings(string language, CultureInfo culture, IReadOnlyDictionary<string, string>? words = null)
    {
        Language = language;
        _culture = culture;
        _words = words;
    }

    /// <summary>The language code, as the brief spells it.</summary>
    public string Language { get; }

    /// <summary>The culture the words are read for: the translation's (ko for ko-KR, see <see cref="SupportedLanguages.Translation"/>).</summary>
    public CultureInfo Culture => _culture;

    /// <summary>The words for a supported language; throws for a language without a translation.</summary>
    public static DocumentStrings For(string language)
    {
        var translation = SupportedLanguages.Translation(language)
            ?? throw new ArgumentException($"language '{language}' has no translation (Strings.{language}.resx)", nameof(language));
        return new DocumentStrings(language, translation);
    }

    /// <summary>The words for a resx culture (a language profile's).</summary>
    public static DocumentStrings For(CultureInfo culture) => new(culture.Name, culture);

    /// <summary>
    /// Words that do not come from a satellite resx: every key of <c>Strings.resx</c> to its value in
    /// <paramref name="language"/> (the seam a test uses to add a language without shipping it; a key it lacks
    /// is an error, never an English fallback).
    /// </summary>
    internal static DocumentStrings FromWords(string language, CultureInfo culture, IReadOnlyDictionary<string, string> words) =>
        new(language, culture, words);

    /// <summary>The kind of document, e.g. "Briefing Note".</summary>
    public string DocumentKind => Get(nameof(Strings.DocumentKind));

    /// <summary>The genre label of a report that gives a meeting's outcome: "Meeting outcome" / "회담 결과".</summary>
    public string ReportKindResult => Get(nameof(Strings.ReportKindResult));

    /// <summary>The report's column of the home side's people: "Our side" / "우리 측".</summary>
    public string ReportOurSide => Get(nameof(Strings.ReportOurSide));

    /// <summary>The report's column of the other side's people: "Other side" / "상대 측".</summary>
    public string ReportOtherSide => Get(nameof(Strings.ReportOtherSide));

    /// <summary>The report's page number: "- 2 -".</summary>
    public string ReportPageNumber(int page) => Format(nameof(Strings.ReportPageNumber), page);

    /// <summary>The kind of a bundle of briefs, its default title: "Briefing Book" / "회담 참고자료집".</summary>
    public string BundleKind => Get(nameof(Strings.BundleKind));

    /// <summary>"Contents" / "목차".</summary>
    public string BundleContents => Get(nameof(Strings.BundleContents));

    /// <summary>The language's own name, e.g. "한국어".</summary>
    public string LanguageName => Get(nameof(Strings.LanguageName));

    /// <summary>"Key facts" / "개요".</summary>
    public string SectionKeyFacts => Get(nameof(Strings.SectionKeyFacts));

    /// <summary>"Summary" / "요약".</summary>
    public string SectionSummary => Get(nameof(Strings.SectionSummary));

    /// <summary>"Participants" / "참석자".</summary>
    public string SectionParticipants => Get(nameof(Strings.SectionParticipants));

    /// <summary>"Agreements" / "합의 사항".</summary>
    public string SectionAgreements => Get(nameof(Strings.SectionAgreements));

    /// <summary>"Outstanding questions" / "확인 필요 사항".</summary>
    public string SectionQuestions => Get(nameof(Strings.SectionQuestions));

    /// <summary>"Timeline" / "주요 일정".</summary>
    public string SectionTimeline => Get(nameof(Strings.SectionTimeline));

    /// <summary>"Sources" / "출처".</summary>
    public string SectionSources => Get(nameof(Strings.SectionSources));

    /// <summary>"Date" / "일시".</summary>
    public string LabelDate => Get(nameof(Strings.LabelDate));

    /// <summary>"Place" / "장소".</summary>
    public string LabelPlace => Get(nameof(Strings.LabelPlace));

    /// <summary>"Occasion" / "계기".</summary>
    public string LabelOccasion => Get(nameof(Strings.LabelOccasion));

    /// <summary>"Prepared by" / "작성".</summary>
    public string LabelPreparedBy => Get(nameof(Strings.LabelPreparedBy));

    /// <summary>"Prepared on" / "작성일".</summary>
    public string LabelPreparedOn => Get(nameof(Strings.LabelPreparedOn));

    /// <summary>"Document" / "문서 번호".</summary>
    public string LabelDocument => Get(nameof(Strings.LabelDocument));

    /// <summary>"Version" / "판".</summary>
    public string LabelVersion => Get(nameof(Strings.LabelVersion));

    /// <summary>"Classification" / "보안 등급".</summary>
    public string LabelClassification => Get(nameof(Strings.LabelClassification));

    /// <summary>"Status" / "진행 상황".</summary>
    public string LabelStatus => Get(nameof(Strings.LabelStatus));

    /// <summary>"Parties" / "당사자".</summary>
    public string LabelParties => Get(nameof(Strings.LabelParties));

    /// <summary>"Related" / "관련 사항".</summary>
    public string LabelRelated => Get(nameof(Strings.LabelRelated));

    /// <summary>"Context" / "배경".</summary>
    public string LabelContext => Get(nameof(Strings.LabelContext));

    /// <summary>"Delegation" / "대표단".</summary>
    public string LabelDelegation => Get(nameof(Strings.LabelDelegation));

    /// <summary>"Publisher" / "발행처".</summary>
    public string LabelPublisher => Get(nameof(Strings.LabelPublisher));

    /// <summary>"Note" / "비고".</summary>
    public string LabelNote => Get(nameof(Strings.LabelNote));

    /// <summary>"Name and title" / "성명 및 직위": the participants table's first column.</summary>
    public string ColumnNameAndTitle => Get(nameof(Strings.ColumnNameAndTitle));

    /// <summary>"Other" / "기타": the group of participants without a delegation.</summary>
    public string GroupOther => Get(nameof(Strings.GroupOther));

    /// <summary>"[1]": the label of a numbered source.</summary>
    public string SourceNumber(int number) => Format(nameof(Strings.LabelSourceNumber), number);

    /// <summary>"Version 2" / "제2판".</summary>
    public string VersionNumber(int version) => Format(nameof(Strings.VersionNumber), version);

    /// <summary>"Page 2 of 3" / "2 / 3 쪽".</summary>
    public string PageOf(int page, int pageCount) => Format(nameof(Strings.PageOf), page, pageCount);

    /// <summary>A page reference: "p. 2" / "2쪽".</summary>
    public string ReferencePage(int page) => Format(nameof(Strings.ReferencePage), page);

    /// <summary>A reference to a numbered item and its page: "3.1, p. 2" / "3-가, 2쪽".</summary>
    public string ReferenceItemPage(string item, int page) => Format(nameof(Strings.ReferenceItemPage), item, page);

    /// <summary>A related link's text with where its target is: "Name (3.1, p. 2)" / "이름(3-가, 2쪽)".</summary>
    public string RelatedEntry(string name, string reference) => Format(nameof(Strings.RelatedEntry), name, reference);

    /// <summary>The status's name, e.g. "Agreed verbally" / "구두 합의".</summary>
    public string Status(AgreementStatus status) => Get("Status" + status.ToString());

    /// <summary>The classification marking, e.g. "PROTECTED A" / "대외비", "SECRET" / "Ⅱ급비밀".</summary>
    public string Classification(Classification classification) => Get("Classification" + classification.ToString());

    /// <summary>The words a mark shows in the language: "(가칭)", "(unofficial translation)", "(titre provisoire)".</summary>
    public string Mark(TextMark mark) => Get("Mark" + mark.ToString());

    /// <summary>"Persons mentioned" / "주요 인사": people named in the sources who did not take part.</summary>
    public string SectionPersonsMentioned => Get(nameof(Strings.SectionPersonsMentioned));

    /// <summary>The briefing note's addressee line: "MEMORANDUM TO THE MINISTER OF ..." / "NOTE À LA MINISTRE ...".</summary>
    public string NoteMemorandumTo(string addressee) => Format(nameof(Strings.NoteMemorandumTo), addressee);

    /// <summary>The briefing note's purpose line: "FOR INFORMATION" / "POUR DÉCISION".</summary>
    public string NotePurpose(Purpose purpose) =>
        Get(purpose == Model.Purpose.Decision ? nameof(Strings.NotePurposeDecision) : nameof(Strings.NotePurposeInformation));

    /// <summary>"Tracking number: 2025-000123".</summary>
    public string NoteTrackingNumber(string number) => Format(nameof(Strings.NoteTrackingNumber), number);

    /// <summary>"SUMMARY" / "RÉSUMÉ".</summary>
    public string NoteHeadingSummary => Get(nameof(Strings.NoteHeadingSummary));

    /// <summary>"ISSUE" / "ENJEU" (a decision note's opening).</summary>
    public string NoteHeadingIssue => Get(nameof(Strings.NoteHeadingIssue));

    /// <summary>"BACKGROUND" / "CONTEXTE".</summary>
    public string NoteHeadingBackground => Get(nameof(Strings.NoteHeadingBackground));

    /// <summary>"CURRENT STATUS" / "SITUATION ACTUELLE".</summary>
    public string NoteHeadingStatus => Get(nameof(Strings.NoteHeadingStatus));

    /// <summary>"CONSIDERATIONS" / "CONSIDÉRATIONS".</summary>
    public string NoteHeadingConsiderations => Get(nameof(Strings.NoteHeadingConsiderations));

    /// <summary>"NEXT STEPS" / "PROCHAINES ÉTAPES".</summary>
    public string NoteHeadingNextSteps => Get(nameof(Strings.NoteHeadingNextSteps));

    /// <summary>"RECOMMENDATION" / "RECOMMANDATION" (a decision note's next steps).</summary>
    public string NoteHeadingRecommendation => Get(nameof(Strings.NoteHeadingRecommendation));

    /// <summary>"Open questions" / "확인 필요 사항".</summary>
    public string NoteOpenQuestions => Get(nameof(Strings.NoteOpenQuestions));

    /// <summary>An annex heading: "ANNEX A: PARTICIPANTS" (the title as given).</summary>
    public string NoteAnnexHeading(string letter, string title) => Format(nameof(Strings.NoteAnnexHeading), letter, title);

    /// <summary>"(see Annex A)" / "(voir l’annexe A)".</summary>
    public string NoteSeeAnnex(string letter) => Format(nameof(Strings.NoteSeeAnnex), letter);

    /// <summary>"Annexes".</summary>
    public string NoteAnnexes => Get(nameof(Strings.NoteAnnexes));

    /// <summary>"Prepared by".</summary>
    public string NotePreparedBy => Get(nameof(Strings.NotePreparedBy));

    /// <summary>"Approved by".</summary>
    public string NoteApprovedBy => Get(nameof(Strings.NoteApprovedBy));

    /// <summary>"Consulted".</summary>
    public string NoteConsulted => Get(nameof(Strings.NoteConsulted));

    /// <summary>"tel. 613-555-0100".</summary>
    public string NoteTelephone(string number) => Format(nameof(Strings.NoteTelephone), number);

    /// <summary>"Name, title" (the annex tables list people name first).</summary>
    public string NoteColumnNameTitle => Get(nameof(Strings.NoteColumnNameTitle));

    /// <summary>"Event" (the timeline annex).</summary>
    public string NoteColumnEvent => Get(nameof(Strings.NoteColumnEvent));

    /// <summary>"Source" (the sources annex).</summary>
    public string NoteColumnSource => Get(nameof(Strings.NoteColumnSource));

    private string Get(string key) =>
        (_words is null ? Strings.ResourceManager.GetString(key, _culture) : _words.GetValueOrDefault(key))
        ?? throw new InvalidOperationException($"Strings.resx has no '{key}'");

    private string Format(string key, params object[] arguments) =>
        string.Format(_culture, Get(key), arguments);
}
