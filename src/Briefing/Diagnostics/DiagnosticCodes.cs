namespace Briefing.Diagnostics;

/// <summary>The catalogue of every diagnostic code a brief can produce (docs/diagnostics.md lists the same).</summary>
public static class DiagnosticCodes
{
    /// <summary>BRF001: the file is not well-formed YAML.</summary>
    public static readonly DiagnosticCode YamlSyntax = new("BRF001", Severity.Error,
        "The file is not well-formed YAML; the position is the parser's.",
        "briefs/x.yaml:4:9: error BRF001: While scanning a quoted scalar, found unexpected end of stream.");

    /// <summary>BRF002: the file is larger than the limit.</summary>
    public static readonly DiagnosticCode FileTooLarge = new("BRF002", Severity.Error,
        "The file is larger than the limit (16 MB by default).",
        "briefs/x.yaml:1:1: error BRF002: the file is 17825792 bytes; the limit is 16777216");

    /// <summary>BRF003: an anchor or alias was used.</summary>
    public static readonly DiagnosticCode AliasNotAllowed = new("BRF003", Severity.Error,
        "YAML anchors (&a) and aliases (*a) are not allowed: briefs are written out in full, and this rules out alias bombs.",
        "briefs/x.yaml:3:8: error BRF003: YAML aliases are not allowed ('*a')");

    /// <summary>BRF004: nesting deeper than the limit.</summary>
    public static readonly DiagnosticCode TooDeep = new("BRF004", Severity.Error,
        "Mappings and lists are nested deeper than the limit (32 by default).",
        "briefs/x.yaml:40:3: error BRF004: nesting deeper than 32 levels");

    /// <summary>BRF005: one text longer than the limit.</summary>
    public static readonly DiagnosticCode TextTooLong = new("BRF005", Severity.Error,
        "One text is longer than the limit (1000000 characters by default).",
        "briefs/x.yaml:9:10: error BRF005: a text of 2500000 characters; the limit is 1000000");

    /// <summary>BRF006: a list or mapping with more items than the limit.</summary>
    public static readonly DiagnosticCode TooManyItems = new("BRF006", Severity.Error,
        "A list or mapping has more items than the limit (10000 by default).",
        "briefs/x.yaml:20:1: error BRF006: more than 10000 items in one list or mapping");

    /// <summary>BRF007: the file cannot be read or is not UTF-8.</summary>
    public static readonly DiagnosticCode Unreadable = new("BRF007", Severity.Error,
        "The file cannot be read, or is not valid UTF-8.",
        "briefs/x.yaml:1:1: error BRF007: the file is not valid UTF-8");

    /// <summary>BRF008: the file is not one YAML document holding a mapping.</summary>
    public static readonly DiagnosticCode NotABrief = new("BRF008", Severity.Error,
        "The file must hold exactly one YAML document whose top level is a mapping.",
        "briefs/x.yaml:1:1: error BRF008: the file is empty");

    /// <summary>BRF010: a key the format does not know.</summary>
    public static readonly DiagnosticCode UnknownKey = new("BRF010", Severity.Error,
        "A key the format does not know, with the closest known key as a suggestion.",
        "briefs/x.yaml:7:1: error BRF010: unknown key 'titel'; did you mean 'title'?");

    /// <summary>BRF011: a required key is missing.</summary>
    public static readonly DiagnosticCode MissingKey = new("BRF011", Severity.Error,
        "A required key is missing.",
        "briefs/x.yaml:1:1: error BRF011: 'summary' is required");

    /// <summary>BRF012: a localized text lacks one of the brief's languages.</summary>
    public static readonly DiagnosticCode MissingLanguage = new("BRF012", Severity.Error,
        "A localized text has no text for one of the languages listed in 'languages'.",
        "briefs/x.yaml:12:12: error BRF012: participants[2].title has no 'ko' text");

    /// <summary>BRF013: a value of the wrong shape (mapping, list or text).</summary>
    public static readonly DiagnosticCode WrongShape = new("BRF013", Severity.Error,
        "A value has the wrong shape: a list where a mapping belongs, a mapping where a text belongs, and so on.",
        "briefs/x.yaml:14:1: error BRF013: participants must be a list");

    /// <summary>BRF014: a key given twice in one mapping.</summary>
    public static readonly DiagnosticCode DuplicateKey = new("BRF014", Severity.Error,
        "The same key appears twice in one mapping.",
        "briefs/x.yaml:8:1: error BRF014: duplicate key 'title'");

    /// <summary>BRF015: a localized text has a language the brief does not list (warning).</summary>
    public static readonly DiagnosticCode ExtraLanguage = new("BRF015", Severity.Warning,
        "A localized text has a language that 'languages' does not list; it is never rendered.",
        "briefs/x.yaml:6:30: warning BRF015: title has a 'fr' text but 'fr' is not in languages");

    /// <summary>BRF016: an empty value.</summary>
    public static readonly DiagnosticCode EmptyValue = new("BRF016", Severity.Error,
        "A value is empty or null where text is needed.",
        "briefs/x.yaml:6:7: error BRF016: title is empty");

    /// <summary>BRF017: a text that is still a placeholder (warning).</summary>
    public static readonly DiagnosticCode Placeholder = new("BRF017", Severity.Warning,
        "A text still starts with 'TODO', as the skeleton of `brief new` writes them: a placeholder to replace.",
        "briefs/x.yaml:9:11: warning BRF017: title.en is a placeholder ('TODO: title')");

    /// <summary>BRF020: an id that is not lowercase kebab-case.</summary>
    public static readonly DiagnosticCode InvalidId = new("BRF020", Severity.Error,
        "An id must be lowercase kebab-case: letters a-z and digits, words joined by single hyphens.",
        "briefs/x.yaml:15:9: error BRF020: id 'Lee_Jae' is not lowercase kebab-case (e.g. 'lee-jae')");

    /// <summary>BRF021: an id used twice.</summary>
    public static readonly DiagnosticCode DuplicateId = new("BRF021", Severity.Error,
        "Ids are unique across the whole file.",
        "briefs/x.yaml:30:9: error BRF021: id 'kr' is already used at line 15");

    /// <summary>BRF022: a reference to an id that does not exist.</summary>
    public static readonly DiagnosticCode UnknownReference = new("BRF022", Severity.Error,
        "A reference names an id that does not exist, with the closest id of the right kind as a suggestion.",
        "briefs/x.yaml:18:17: error BRF022: participants[0].delegation: no delegation 'kor'; did you mean 'kr'?");

    /// <summary>BRF023: a reference to an id of the wrong kind.</summary>
    public static readonly DiagnosticCode WrongReferenceKind = new("BRF023", Severity.Error,
        "A reference names an existing id of the wrong kind (a participant where a delegation belongs).",
        "briefs/x.yaml:40:15: error BRF023: agreements[0].parties: 'lee-jae-myung' is a participant, not a delegation");

    /// <summary>BRF024: the timeline is not in date order (warning).</summary>
    public static readonly DiagnosticCode TimelineOrder = new("BRF024", Severity.Warning,
        "Timeline entries are listed in date order; an entry dated before the one above it is probably misplaced.",
        "briefs/x.yaml:60:5: warning BRF024: timeline[2] (2025-10-29) is dated before timeline[1] (2025-10-30)");

    /// <summary>BRF025: a note for decision with no next-steps section to hold its recommendation (warning).</summary>
    public static readonly DiagnosticCode NoRecommendation = new("BRF025", Severity.Warning,
        "A brief whose purpose is decision asks its reader to decide: a section with role next-steps holds the recommendation, and there is none.",
        "briefs/x.yaml:9:10: warning BRF025: purpose is 'decision' but no section has role 'next-steps' to hold the recommendation");

    /// <summary>BRF030: not an ISO 8601 date, or not a real date.</summary>
    public static readonly DiagnosticCode InvalidDate = new("BRF030", Severity.Error,
        "Dates are ISO 8601 calendar dates (YYYY-MM-DD) that exist.",
        "briefs/x.yaml:5:7: error BRF030: date '2025-02-30' is not a real date");

    /// <summary>BRF031: a value outside its enumeration.</summary>
    public static readonly DiagnosticCode InvalidChoice = new("BRF031", Severity.Error,
        "A value must be one of a fixed set (classification, status, paper), with the closest as a suggestion.",
        "briefs/x.yaml:4:17: error BRF031: classification 'secrte' is not one of unclassified, ...; did you mean 'secret'?");

    /// <summary>BRF032: the format is not brief/1.</summary>
    public static readonly DiagnosticCode UnsupportedFormat = new("BRF032", Severity.Error,
        "The 'format' key must be 'brief/1'.",
        "briefs/x.yaml:1:9: error BRF032: format 'brief/2' is not supported; this tool reads 'brief/1'");

    /// <summary>BRF033: not a whole number in range.</summary>
    public static readonly DiagnosticCode InvalidNumber = new("BRF033", Severity.Error,
        "A number must be a whole number in range (prepared.version is 1 or more).",
        "briefs/x.yaml:11:12: error BRF033: prepared.version 'two' is not a whole number of 1 or more");

    /// <summary>BRF036: a theme path that leaves the brief's folder.</summary>
    public static readonly DiagnosticCode ThemePath = new("BRF036", Severity.Error,
        "The 'theme' key must be a path relative to the brief that stays inside its folder (no leading /, no '..' above it).",
        "briefs/x.yaml:6:8: error BRF036: theme '../themes/ministry.yaml' leaves the brief's folder; put the theme beside the brief or below it");

    /// <summary>BRF034: a telephone number that is not one.</summary>
    public static readonly DiagnosticCode InvalidTelephone = new("BRF034", Severity.Error,
        "A telephone number holds digits grouped by spaces, dashes, dots or parentheses, an optional leading +, and an optional extension (ext. 12, x12, poste 12, 내선 12).",
        "briefs/x.yaml:14:14: error BRF034: prepared.telephone 'call the desk' is not a telephone number (e.g. '613-555-0100 ext. 12')");

    /// <summary>BRF035: a mark in braces that the format does not know.</summary>
    public static readonly DiagnosticCode UnknownMark = new("BRF035", Severity.Error,
        "A word in braces such as {provisional-name} is a mark each language replaces with its own words; the marks are {unofficial-translation}, {provisional-name} and {as-reported}.",
        "briefs/x.yaml:40:52: error BRF035: agreements[0].title.ko: unknown mark '{provisional}'; did you mean '{provisional-name}'?");

    /// <summary>BRF040: a language code that is not BCP 47.</summary>
    public static readonly DiagnosticCode InvalidLanguage = new("BRF040", Severity.Error,
        "A language code must be a BCP 47 tag such as 'en', 'ko' or 'en-GB'.",
        "briefs/x.yaml:3:13: error BRF040: 'english' is not a BCP 47 language code (e.g. 'en' or 'en-GB')");

    /// <summary>BRF041: a language without a translation of the document's fixed words, or a region without a language profile.</summary>
    public static readonly DiagnosticCode UnsupportedLanguage = new("BRF041", Severity.Error,
        "A language needs a translation of the document's fixed words (Strings.<lang>.resx; en, fr and ko have one), and a region a language profile (en-CA, en-US, en-GB, fr-CA, fr-FR, ko-KR).",
        "briefs/x.yaml:3:17: error BRF041: language 'de' has no translation (Strings.de.resx); supported: en, fr, ko");

    /// <summary>BRF042: a language listed twice.</summary>
    public static readonly DiagnosticCode DuplicateLanguage = new("BRF042", Severity.Error,
        "A language appears twice in 'languages'.",
        "briefs/x.yaml:3:17: error BRF042: language 'en' is listed twice");

    /// <summary>BRF043: no languages.</summary>
    public static readonly DiagnosticCode NoLanguages = new("BRF043", Severity.Error,
        "'languages' must list at least one language.",
        "briefs/x.yaml:3:12: error BRF043: languages is empty");

    /// <summary>BRF050: a URL that is malformed or not http, https or mailto.</summary>
    public static readonly DiagnosticCode InvalidUrl = new("BRF050", Severity.Error,
        "URLs must be absolute and use http, https or mailto.",
        "briefs/x.yaml:80:10: error BRF050: sources[0].url 'javascript:alert(1)' must be an http, https or mailto URL");

    /// <summary>BRF051: a control character in a text.</summary>
    public static readonly DiagnosticCode ControlCharacter = new("BRF051", Severity.Error,
        "Texts may not hold control characters (other than tab and line feed), nor unpaired surrogates.",
        "briefs/x.yaml:6:12: error BRF051: the text holds control character U+0007");

    /// <summary>BRF052: a bidirectional override or isolate character (Trojan Source).</summary>
    public static readonly DiagnosticCode BidiControl = new("BRF052", Severity.Error,
        "Bidirectional override and isolate characters (U+202A-U+202E, U+2066-U+2069) are rejected in left-to-right briefs: they can make a text read differently from what it says.",
        "briefs/x.yaml:6:12: error BRF052: the text holds bidirectional control character U+202E");

    /// <summary>BRF053: invisible characters (zero-width, soft hyphen) removed from a text (warning).</summary>
    public static readonly DiagnosticCode InvisibleCharacter = new("BRF053", Severity.Warning,
        "Zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) are removed at load: they are invisible, and kept they would split words for search and copy.",
        "briefs/x.yaml:6:12: warning BRF053: removed 2 invisible character(s) from the text (first U+200B)");

    /// <summary>BRF054: a character that no font of the language covers.</summary>
    public static readonly DiagnosticCode UncoveredCharacter = new("BRF054", Severity.Error,
        "A character that no default font of the language covers (found before rendering, which would fail on it).",
        "briefs/x.yaml:14:12: error BRF054: summary.en holds U+1F600 '\U0001F600', which no font of 'Noto Sans, NanumGothic' covers");

    /// <summary>BRF060: markup that prose does not allow.</summary>
    public static readonly DiagnosticCode UnsupportedMarkup = new("BRF060", Severity.Error,
        "Prose allows paragraphs, **bold**, *italic*, [links](https://...) and '- ' bullet lists; nothing else.",
        "briefs/x.yaml:22:5: error BRF060: summary.en: headings are not allowed in prose");

    /// <summary>BRF070: a PDF given instead of a brief cannot be read, or what it embeds is malformed.</summary>
    public static readonly DiagnosticCode PdfUnreadable = new("BRF070", Severity.Error,
        "A PDF given instead of a brief cannot be read, is larger than the limit (256 MB), or its embedded files are malformed.",
        "out/x.ko.pdf:1:1: error BRF070: the file is not a PDF (no %PDF- header)");

    /// <summary>BRF071: a PDF carries no source file.</summary>
    public static readonly DiagnosticCode NoSourceInPdf = new("BRF071", Severity.Error,
        "The PDF carries no brief (it was rendered with --no-source, or not by brief).",
        "out/x.ko.pdf:1:1: error BRF071: the PDF carries no source file (render it with brief without --no-source)");

    /// <summary>BRF072: a source embedded in a PDF does not match its checksum.</summary>
    public static readonly DiagnosticCode SourceTampered = new("BRF072", Severity.Error,
        "A source embedded in a PDF does not match its size or checksum (SHA-256 or MD5), or has none: it is refused.",
        "out/x.ko.pdf#x.yaml:1:1: error BRF072: the embedded source does not match its SHA-256 checksum: it was changed after it was embedded");

    /// <summary>BRF073: a source embedded in a PDF is larger than the limit.</summary>
    public static readonly DiagnosticCode SourceTooLarge = new("BRF073", Severity.Error,
        "A source embedded in a PDF is larger than the loader's limit (16 MB), stored or decompressed.",
        "out/x.ko.pdf#x.yaml:1:1: error BRF073: the embedded source is larger than the limit of 16777216 bytes");

    /// <summary>BRF080: the languages of one text disagree on a figure (warning).</summary>
    public static readonly DiagnosticCode DriftFigure = new("BRF080", Severity.Warning,
        "The languages of one text disagree on a figure: 1,200, 1 200 and 1200 are one figure, 1.5 in English is 1,5 in French, 1.2 billion is 1조 2천억; a figure in digits may be answered by a number in words (four, 네).",
        "briefs/x.yaml:24:7: warning BRF080: summary.ko (bullet 3) has the figure '13' where summary.en (bullet 3) has '12'");

    /// <summary>BRF081: the languages of one text disagree on a date (warning).</summary>
    public static readonly DiagnosticCode DriftDate = new("BRF081", Severity.Warning,
        "The languages of one text disagree on a date, in words or digits: October 30, 2025 = 2025. 10. 30. = 30 octobre 2025 = 2025년 10월 30일.",
        "briefs/x.yaml:41:11: warning BRF081: participants[1].note.ko has the date '10월 31일' where participants[1].note.en has 'October 30'");

    /// <summary>BRF082: the languages of one text link different URLs (warning).</summary>
    public static readonly DiagnosticCode DriftUrl = new("BRF082", Severity.Warning,
        "The languages of one text hold different URLs, written out or as link targets (a path segment naming the text's own language, such as /en/ or /fr/, is not a difference).",
        "briefs/x.yaml:30:5: warning BRF082: summary.ko (paragraph 2) has the URL 'https://b.example' where summary.en (paragraph 2) has 'https://a.example'");

    /// <summary>BRF083: the languages of one text give different e-mail addresses (warning).</summary>
    public static readonly DiagnosticCode DriftEmail = new("BRF083", Severity.Warning,
        "The languages of one text give different e-mail addresses, written out or as mailto: links.",
        "briefs/x.yaml:30:5: warning BRF083: sections[0].body.ko lacks the e-mail address 'desk@example.org', which sections[0].body.en has");

    /// <summary>BRF084: the languages of one prose text have different numbers of paragraphs or bullets (warning).</summary>
    public static readonly DiagnosticCode DriftStructure = new("BRF084", Severity.Warning,
        "The languages of one prose text have different numbers of paragraphs or bullets (a bullet dropped or a paragraph added in translation).",
        "briefs/x.yaml:27:5: warning BRF084: summary.ko has 2 paragraphs and 2 bullets; summary.en has 2 paragraphs and 3 bullets");

    /// <summary>Every code, in code order.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        YamlSyntax, FileTooLarge, AliasNotAllowed, TooDeep, TextTooLong, TooManyItems, Unreadable, NotABrief,
        UnknownKey, MissingKey, MissingLanguage, WrongShape, DuplicateKey, ExtraLanguage, EmptyValue, Placeholder,
        InvalidId, DuplicateId, UnknownReference, WrongReferenceKind, TimelineOrder, NoRecommendation,
        InvalidDate, InvalidChoice, UnsupportedFormat, InvalidNumber, InvalidTelephone, UnknownMark, ThemePath,
        InvalidLanguage, UnsupportedLanguage, DuplicateLanguage, NoLanguages,
        InvalidUrl, ControlCharacter, BidiControl, InvisibleCharacter, UncoveredCharacter, UnsupportedMarkup,
        PdfUnreadable, NoSourceInPdf, SourceTampered, SourceTooLarge,
        DriftFigure, DriftDate, DriftUrl, DriftEmail, DriftStructure,
    ];
}
