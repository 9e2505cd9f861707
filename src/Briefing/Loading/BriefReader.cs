using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Format;
using Briefing.Localization;
using Briefing.Localization.Profiles;
using Briefing.Model;
using Briefing.Typesetting.Pdf;
using Briefing.Validation;
using YamlDotNet.Core;

namespace Briefing.Loading;

/// <summary>
/// Turns the YAML tree into a <see cref="Brief"/>, checking everything one node can tell: keys, shapes,
/// dates, choices, languages, URLs and prose markup. Missing parts become empty placeholders so that
/// the validator can still report every other problem in the same run.
/// </summary>
internal sealed partial class BriefReader(string file, string[] lines, DiagnosticBag bag)
{
    private readonly ProseParser _prose = new();

    public Brief Read(YMapping root, string defaultId, IReadOnlyList<SourceSpan> bidiSpans)
    {
        var fields = Fields(root, BriefFormat.Brief, string.Empty);
        ReadFormat(Get(fields, "format"));
        var locales = new Dictionary<string, string>(StringComparer.Ordinal);
        var languages = ReadLanguages(Get(fields, "languages"), locales);
        ReportBidi(languages, bidiSpans);

        var id = defaultId;
        var idNode = ReadId(Get(fields, "id"), "id");
        if (idNode is not null)
        {
            id = idNode.Value;
            if (!IdRules.IsKebabCase(id))
            {
                bag.Add(DiagnosticCodes.InvalidId, idNode.Span, IdRules.Message(id));
            }
        }

        var classification = ReadChoice(Get(fields, "classification"), "classification", FormatNames.Classifications) ?? 0;
        var paper = ReadChoice(Get(fields, "paper"), "paper", FormatNames.Papers);
        var contents = ReadChoice(Get(fields, "contents"), "contents", FormatNames.Contents);
        var purposeNode = Get(fields, "purpose");
        var purpose = ReadChoice(purposeNode, "purpose", FormatNames.Purposes);
        var frame = ReadChoice(Get(fields, "frame"), "frame", FormatNames.Frames);
        var brief = new Brief(
            BriefFormat.Name,
            id,
            languages,
            (Classification)classification,
            ReadDate(Get(fields, "date"), "date") ?? DateOnly.MinValue,
            paper is null ? null : (PaperSize)paper.Value,
            ReadText(Get(fields, "title"), "title") ?? Missing(root),
            ReadText(Get(fields, "subtitle"), "subtitle"),
            ReadText(Get(fields, "location"), "location") ?? Missing(root),
            ReadText(Get(fields, "occasion"), "occasion"),
            ReadPrepared(Get(fields, "prepared"), root),
            ReadProse(Get(fields, "summary"), "summary") ?? MissingProse(root),
            ReadList(Get(fields, "delegations"), "delegations", BriefFormat.Delegation, ReadDelegation),
            ReadList(Get(fields, "participants"), "participants", BriefFormat.Participant, ReadParticipant),
            ReadList(Get(fields, "agreements"), "agreements", BriefFormat.Agreement, ReadAgreement),
            ReadList(Get(fields, "questions"), "questions", BriefFormat.Question, ReadQuestion),
            ReadList(Get(fields, "timeline"), "timeline", BriefFormat.TimelineEntry, ReadTimelineEntry),
            ReadList(Get(fields, "sections"), "sections", BriefFormat.Section, ReadSection),
            ReadList(Get(fields, "sources"), "sources", BriefFormat.Source, ReadSource),
            root.Span)
        {
            Locales = locales,
            Theme = ReadThemePath(Get(fields, "theme")),
            ThemeSpan = Get(fields, "theme")?.Span ?? root.Span,
            Contents = (ContentsMode)(contents ?? 0),
            Addressee = ReadText(Get(fields, "addressee"), "addressee"),
            Purpose = purpose is null ? null : (Purpose)purpose.Value,
            Tracking = ReadText(Get(fields, "tracking"), "tracking"),
            Approved = ReadList(Get(fields, "approved"), "approved", BriefFormat.Approval, ReadApproval),
            Consulted = ReadList(Get(fields, "consulted"), "consulted", BriefFormat.Consultation, ReadConsultation),
            Home = ReadHome(Get(fields, "home"), languages),
            Frame = frame is null ? FramePreference.Default : (FramePreference)frame.Value,
        };
        if (brief.Purpose == Purpose.Decision && purposeNode is not null && !brief.Sections.Any(static s => s.Role == SectionRole.NextSteps))
        {
            bag.Add(DiagnosticCodes.NoRecommendation, purposeNode.Span,
                "purpose is 'decision' but no section has role 'next-steps' to hold the recommendation");
        }

        return brief;
    }

    private Approval ReadApproval(Dictionary<string, YNode> fields, YMapping item, string path) => new(
        ReadText(Get(fields, "by"), path + ".by") ?? Missing(item),
        ReadText(Get(fields, "title"), path + ".title"),
        ReadText(Get(fields, "unit"), path + ".unit"),
        ReadDate(Get(fields, "on"), path + ".on"),
        item.Span);

    private Consultation ReadConsultation(Dictionary<string, YNode> fields, YMapping item, string path)
    {
        var name = ReadText(Get(fields, "name"), path + ".name");
        var unit = ReadText(Get(fields, "unit"), path + ".unit");
        if (!fields.ContainsKey("name") && !fields.ContainsKey("unit"))
        {
            bag.Add(DiagnosticCodes.MissingKey, item.Span, $"{path} needs a 'name' or a 'unit' (or both)");
        }

        return new Consultation(name, ReadText(Get(fields, "title"), path + ".title"), unit, item.Span);
    }

    // One id ("our side" in every language) or a mapping of language to id; the ids are checked against the
    // delegations by the validator, which knows them all.
    private Dictionary<string, Identifier> ReadHome(YNode? node, List<string> languages)
    {
        var home = new Dictionary<string, Identifier>(StringComparer.Ordinal);
        switch (node)
        {
            case null:
                break;
            case YScalar:
                if (ReadId(node, "home") is { } id)
                {
                    foreach (var language in languages)
                        home[language] = id;
                }

                break;
            case YMapping mapping:
                if (mapping.Entries.Count == 0)
                {
                    bag.Add(DiagnosticCodes.EmptyValue, mapping.Span, "home is empty");
                }

                foreach (var (key, value) in mapping.Entries)
                {
                    if (!LanguageTag().IsMatch(key.Value))
                    {
                        bag.Add(DiagnosticCodes.InvalidLanguage, key.Span, $"'{key.Value}' in home is not a BCP 47 language code (e.g. 'en')");
                        continue;
                    }

                    if (ReadId(value, $"home.{key.Value}") is not { } languageHome)
                        continue;
                    if (!languages.Contains(key.Value))
                    {
                        bag.Add(DiagnosticCodes.ExtraLanguage, key.Span, $"home has a '{key.Value}' delegation but '{key.Value}' is not in languages");
                        continue;
                    }

                    home[key.Value] = languageHome;
                }

                break;
            default:
                bag.Add(DiagnosticCodes.WrongShape, node.Span, "home must be a delegation id, or a mapping of language to delegation id");
                break;
        }

        return home;
    }

    private Prepared ReadPrepared(YNode? node, YMapping root)
    {
        if (node is null)
        {
            return new Prepared(null, DateOnly.MinValue, 1, root.Span);
        }

        if (node is not YMapping mapping)
        {
            bag.Add(DiagnosticCodes.WrongShape, node.Span, "prepared must be a mapping (by, on, version)");
            return new Prepared(null, DateOnly.MinValue, 1, node.Span);
        }

        var fields = Fields(mapping, BriefFormat.Prepared, "prepared");
        return new Prepared(
            ReadText(Get(fields, "by"), "prepared.by"),
            ReadDate(Get(fields, "on"), "prepared.on") ?? DateOnly.MinValue,
            ReadVersion(Get(fields, "version"), "prepared.version") ?? 1,
            mapping.Span)
        {
            Title = ReadText(Get(fields, "title"), "prepared.title"),
            Unit = ReadText(Get(fields, "unit"), "prepared.unit"),
            Telephone = ReadTelephone(Get(fields, "telephone"), "prepared.telephone"),
        };
    }

    private string? ReadTelephone(YNode? node, string path)
    {
        var scalar = Scalar(node, path);
        if (scalar is null)
        {
            return null;
        }

        if (!TelephoneNumbers.IsValid(scalar.Value))
        {
            bag.Add(DiagnosticCodes.InvalidTelephone, scalar.Span,
                $"{path} '{scalar.Value}' is not a telephone number (e.g. '613-555-0100 ext. 12')");
            return null;
        }

        return scalar.Value;
    }

    private Delegation ReadDelegation(Dictionary<string, YNode> fields, YMapping item, string path) => new(
        ReadId(Get(fields, "id"), path + ".id") ?? MissingId(item),
        ReadText(Get(fields, "name"), path + ".name") ?? Missing(item),
        item.Span);

    private Participant ReadParticipant(Dictionary<string, YNode> fields, YMapping item, string path) => new(
        ReadId(Get(fields, "id"), path + ".id") ?? MissingId(item),
        ReadText(Get(fields, "name"), path + ".name") ?? Missing(item),
        ReadText(Get(fields, "title"), path + ".title") ?? Missing(item),
        ReadId(Get(fields, "delegation"), path + ".delegation"),
        ReadProse(Get(fields, "note"), path + ".note"),
        item.Span)
    {
        Kind = (ParticipantKind)(ReadChoice(Get(fields, "kind"), path + ".kind", FormatNames.ParticipantKinds) ?? 0),
    };

    private Agreement ReadAgreement(Dictionary<string, YNode> fields, YMapping item, string path) => new(
        ReadId(Get(fields, "id"), path + ".id") ?? MissingId(item),
        ReadText(Get(fields, "title"), path + ".title") ?? Missing(item),
        (AgreementStatus)(ReadChoice(Get(fields, "status"), path + ".status", FormatNames.Statuses) ?? 0),
        ReadIdList(Get(fields, "parties"), path + ".parties"),
        ReadProse(Get(fields, "summary"), path + ".summary") ?? MissingProse(item),
        item.Span)
    {
        StatusLabel = ReadText(Get(fields, "status-label"), path + ".status-label"),
    };

    private Question ReadQuestion(Dictionary<string, YNode> fields, YMapping item, string path) => new(
        ReadId(Get(fields, "id"), path + ".id") ?? MissingId(item),
        ReadText(Get(fields, "question"), path + ".question") ?? Missing(item),
        ReadProse(Get(fields, "context"), path + ".context"),
        ReadIdList(Get(fields, "related"), path + ".related"),
        item.Span);

    private TimelineEntry ReadTimelineEntry(Dictionary<string, YNode> fields, YMapping item, string path) => new(
        ReadDate(Get(fields, "date"), path + ".date") ?? DateOnly.MinValue,
        ReadText(Get(fields, "event"), path + ".event") ?? Missing(item),
        item.Span);

    private Section ReadSection(Dictionary<string, YNode> fields, YMapping item, string path) => new(
        ReadId(Get(fields, "id"), path + ".id") ?? MissingId(item),
        ReadText(Get(fields, "title"), path + ".title") ?? Missing(item),
        ReadProse(Get(fields, "body"), path + ".body") ?? MissingProse(item),
        item.Span)
    {
        Role = ReadChoice(Get(fields, "role"), path + ".role", FormatNames.SectionRoles) is { } role ? (SectionRole)role : null,
    };

    private Source ReadSource(Dictionary<string, YNode> fields, YMapping item, string path) => new(
        ReadText(Get(fields, "title"), path + ".title") ?? Missing(item),
        ReadText(Get(fields, "publisher"), path + ".publisher"),
        ReadDate(Get(fields, "date"), path + ".date"),
        ReadUrl(Get(fields, "url"), path + ".url"),
        item.Span);

    private Dictionary<string, YNode> Fields(YMapping mapping, ObjectSpec spec, string path)
    {
        var result = new Dictionary<string, YNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            if (spec.Find(key.Value) is null)
            {
                var where = path.Length == 0 ? string.Empty : $" in {path}";
                bag.Add(DiagnosticCodes.UnknownKey, key.Span,
                    $"unknown key '{key.Value}'{where}" + DidYouMean.Hint(key.Value, spec.Fields.Select(static f => f.Name)));
                continue;
            }

            result[key.Value] = value;
        }

        foreach (var field in spec.Fields)
        {
            if (field.Required && !result.ContainsKey(field.Name))
            {
                bag.Add(DiagnosticCodes.MissingKey, mapping.Span, $"'{Join(path, field.Name)}' is required");
            }
        }

        return result;
    }

    private List<T> ReadList<T>(YNode? node, string path, ObjectSpec spec, Func<Dictionary<string, YNode>, YMapping, string, T> read)
    {
        var result = new List<T>();
        if (node is null)
        {
            return result;
        }

        if (node is not YSequence sequence)
        {
            bag.Add(node is YScalar { IsNull: true } ? DiagnosticCodes.EmptyValue : DiagnosticCodes.WrongShape, node.Span,
                node is YScalar { IsNull: true } ? $"{path} is empty (write [] for none)" : $"{path} must be a list");
            return result;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (sequence.Items[i] is not YMapping item)
            {
                bag.Add(DiagnosticCodes.WrongShape, sequence.Items[i].Span, $"{itemPath} must be a mapping (a {spec.Name})");
                continue;
            }

            result.Add(read(Fields(item, spec, itemPath), item, itemPath));
        }

        return result;
    }

    private void ReadFormat(YNode? node)
    {
        var scalar = Scalar(node, "format");
        if (scalar is not null && scalar.Value != BriefFormat.Name)
        {
            bag.Add(DiagnosticCodes.UnsupportedFormat, scalar.Span,
                $"format '{scalar.Value}' is not supported; this tool reads '{BriefFormat.Name}'");
        }
    }

    // Each entry is a language (en: its default region) or a language with a region (en-GB); texts are keyed
    // by the language alone, so the region goes into `locales`.
    private List<string> ReadLanguages(YNode? node, Dictionary<string, string> locales)
    {
        var result = new List<string>();
        if (node is null)
        {
            return result;
        }

        if (node is not YSequence sequence)
        {
            bag.Add(DiagnosticCodes.WrongShape, node.Span, "languages must be a list such as [en, ko]");
            return result;
        }

        if (sequence.Items.Count == 0)
        {
            bag.Add(DiagnosticCodes.NoLanguages, sequence.Span, "languages is empty");
        }

        foreach (var item in sequence.Items)
        {
            var scalar = Scalar(item, "languages[]");
            if (scalar is null)
            {
                continue;
            }

            var code = scalar.Value;
            var dash = code.IndexOf('-', StringComparison.Ordinal);
            var language = dash < 0 ? code : code[..dash];
            if (!LanguageTag().IsMatch(code))
            {
                bag.Add(DiagnosticCodes.InvalidLanguage, scalar.Span, $"'{code}' is not a BCP 47 language code (e.g. 'en' or 'en-GB')");
            }
            else if (result.Contains(language))
            {
                bag.Add(DiagnosticCodes.DuplicateLanguage, scalar.Span, $"language '{language}' is listed twice");
            }
            else if (!SupportedLanguages.IsSupported(language))
            {
                bag.Add(DiagnosticCodes.UnsupportedLanguage, scalar.Span,
                    $"language '{language}' has no translation (Strings.{language}.resx); supported: {string.Join(", ", SupportedLanguages.All())}");
            }
            else if (LanguageProfiles.Find(code) is null)
            {
                bag.Add(DiagnosticCodes.UnsupportedLanguage, scalar.Span,
                    $"'{code}' has no language profile; known: {string.Join(", ", LanguageProfiles.Every.Select(p => p.Tag))}");
                // The texts are keyed by the language, which is fine: report the region once, not every text.
                result.Add(language);
            }
            else
            {
                result.Add(language);
                if (dash >= 0)
                    locales[language] = code;
            }
        }

        return result;
    }

    private void ReportBidi(List<string> languages, IReadOnlyList<SourceSpan> bidiSpans)
    {
        foreach (var language in languages)
        {
            if (LanguageProfiles.IsRightToLeft(language))
            {
                // Right-to-left text legitimately needs directional controls.
                return;
            }
        }

        foreach (var span in bidiSpans)
        {
            bag.Add(DiagnosticCodes.BidiControl, span,
                "the text holds a bidirectional override or isolate character (U+202A-U+202E, U+2066-U+2069)");
        }
    }

    private LocalizedText? ReadText(YNode? node, string path)
    {
        switch (node)
        {
            case null:
                return null;
            case YScalar scalar:
                if (!NonEmpty(scalar, path))
                    return null;
                CheckMarks(scalar, path);
                return TextMarks.Contains(scalar.Value)
                    ? LocalizedText.Same(TextMarks.Strip(scalar.Value), scalar.Span) with { InvariantMarked = scalar.Value }
                    : LocalizedText.Same(scalar.Value, scalar.Span);
            case YMapping mapping:
                var texts = new Dictionary<string, string>(StringComparer.Ordinal);
                var positions = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
                var marked = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Entries)
                {
                    var scalar = LanguageValue(key, value, path);
                    if (scalar is not null)
                    {
                        CheckMarks(scalar, $"{path}.{key.Value}");
                        texts[key.Value] = TextMarks.Strip(scalar.Value);
                        positions[key.Value] = ProsePosition(scalar, 0, 0);
                        if (TextMarks.Contains(scalar.Value))
                            marked[key.Value] = scalar.Value;
                    }
                }

                if (mapping.Entries.Count == 0)
                {
                    bag.Add(DiagnosticCodes.EmptyValue, mapping.Span, $"{path} is empty");
                    return null;
                }

                return new LocalizedText(texts, null, mapping.Span) { Positions = positions, Marked = marked };
            default:
                bag.Add(DiagnosticCodes.WrongShape, node.Span, $"{path} must be a text, or a mapping of language to text");
                return null;
        }
    }

    private LocalizedProse? ReadProse(YNode? node, string path)
    {
        switch (node)
        {
            case null:
                return null;
            case YScalar scalar:
                return NonEmpty(scalar, path)
                    ? new LocalizedProse(new Dictionary<string, Prose>(), ParseProse(scalar, path), scalar.Span)
                    : null;
            case YMapping mapping:
                var proses = new Dictionary<string, Prose>(StringComparer.Ordinal);
                var starts = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Entries)
                {
                    var scalar = LanguageValue(key, value, path);
                    if (scalar is not null)
                    {
                        proses[key.Value] = ParseProse(scalar, $"{path}.{key.Value}");
                        starts[key.Value] = ProsePosition(scalar, 0, 0);
                    }
                }

                if (mapping.Entries.Count == 0)
                {
                    bag.Add(DiagnosticCodes.EmptyValue, mapping.Span, $"{path} is empty");
                    return null;
                }

                return new LocalizedProse(proses, null, mapping.Span) { Positions = starts };
            default:
                bag.Add(DiagnosticCodes.WrongShape, node.Span, $"{path} must be a text, or a mapping of language to text");
                return null;
        }
    }

    private YScalar? LanguageValue(YScalar key, YNode value, string path)
    {
        if (!LanguageTag().IsMatch(key.Value))
        {
            bag.Add(DiagnosticCodes.InvalidLanguage, key.Span, $"'{key.Value}' in {path} is not a BCP 47 language code (e.g. 'en')");
            return null;
        }

        if (value is not YScalar scalar)
        {
            bag.Add(DiagnosticCodes.WrongShape, value.Span, $"{path}.{key.Value} must be a text");
            return null;
        }

        return NonEmpty(scalar, $"{path}.{key.Value}") ? scalar : null;
    }

    private Prose ParseProse(YScalar scalar, string path)
    {
        CheckMarks(scalar, path);
        return _prose.Parse(scalar.Value, path, (line, column) => ProsePosition(scalar, line, column), bag);
    }

    // A word in braces is a mark; one the format does not know is a typo the reader would otherwise see in print.
    private void CheckMarks(YScalar scalar, string path)
    {
        foreach (System.Text.RegularExpressions.Match match in TextMarks.Token().Matches(scalar.Value))
        {
            var name = match.Groups[1].Value;
            if (TextMarks.Parse(name) is not null)
                continue;
            var line = 0;
            var lineStart = 0;
            for (var i = 0; i < match.Index; i++)
            {
                if (scalar.Value[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            // "{provisional}" is too far from "{provisional-name}" for an edit distance, but plainly meant it.
            var suggestion = DidYouMean.Suggest(name, FormatNames.Marks)
                ?? FormatNames.Marks.FirstOrDefault(mark => mark.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(mark, StringComparison.Ordinal));
            bag.Add(DiagnosticCodes.UnknownMark, ProsePosition(scalar, line, match.Index - lineStart),
                $"{path}: unknown mark '{match.Value}'" + (suggestion is null
                    ? $"; the marks are {string.Join(", ", FormatNames.Marks.Select(static m => "{" + m + "}"))}"
                    : $"; did you mean '{{{suggestion}}}'?"));
        }
    }

    private SourceSpan ProsePosition(YScalar scalar, int line, int column)
    {
        if (scalar.Style == ScalarStyle.Literal)
        {
            // Content starts on the line after '|'; its indentation is that of the first non-blank line.
            var indentation = 0;
            for (var i = scalar.Span.Line; i < lines.Length; i++)
            {
                // Spans, not Trim(): this runs for every literal block of prose, and the copies were garbage.
                if (!lines[i].AsSpan().Trim().IsEmpty)
                {
                    indentation = lines[i].Length - lines[i].AsSpan().TrimStart(' ').Length;
                    break;
                }
            }

            return new SourceSpan(file, scalar.Span.Line + 1 + line, indentation + column + 1);
        }

        if (line == 0 && scalar.Style == ScalarStyle.Plain)
        {
            return new SourceSpan(file, scalar.Span.Line, scalar.Span.Column + column);
        }

        if (line == 0 && scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
        {
            return new SourceSpan(file, scalar.Span.Line, scalar.Span.Column + 1 + column);
        }

        return scalar.Span;
    }

    private Identifier? ReadId(YNode? node, string path)
    {
        var scalar = Scalar(node, path);
        return scalar is null ? null : new Identifier(scalar.Value, scalar.Span);
    }

    private List<Identifier> ReadIdList(YNode? node, string path)
    {
        var result = new List<Identifier>();
        if (node is null)
        {
            return result;
        }

        if (node is not YSequence sequence)
        {
            bag.Add(DiagnosticCodes.WrongShape, node.Span, $"{path} must be a list of ids such as [kr, ca]");
            return result;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var id = ReadId(sequence.Items[i], $"{path}[{i}]");
            if (id is not null)
            {
                result.Add(id);
            }
        }

        return result;
    }

    private DateOnly? ReadDate(YNode? node, string path)
    {
        var scalar = Scalar(node, path);
        if (scalar is null)
        {
            return null;
        }

        if (!IsoDate().IsMatch(scalar.Value))
        {
            bag.Add(DiagnosticCodes.InvalidDate, scalar.Span, $"{path} '{scalar.Value}' is not an ISO 8601 date (YYYY-MM-DD)");
            return null;
        }

        if (IsoCalendarDate(scalar.Value) is not { } date)
        {
            bag.Add(DiagnosticCodes.InvalidDate, scalar.Span, $"{path} '{scalar.Value}' is not a real date");
            return null;
        }

        return date;
    }

    // The date of a string IsoDate matched, when it is a real one. Read by hand, not with
    // DateOnly.TryParseExact: that goes through the invariant culture's collator, whose first use builds an
    // ICU tailoring (about 4 ms of a 60 ms render, docs/performance.md). Same rules: ASCII digits only
    // (\d also matches other scripts' digits), year 1-9999, month 1-12, a day the month has.
    internal static DateOnly? IsoCalendarDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private int? ReadVersion(YNode? node, string path)
    {
        var scalar = Scalar(node, path);
        if (scalar is null)
        {
            return null;
        }

        if (!int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            bag.Add(DiagnosticCodes.InvalidNumber, scalar.Span, $"{path} '{scalar.Value}' is not a whole number of 1 or more");
            return null;
        }

        return number;
    }

    private int? ReadChoice(YNode? node, string path, IReadOnlyList<string> choices)
    {
        var scalar = Scalar(node, path);
        if (scalar is null)
        {
            return null;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i] == scalar.Value)
            {
                return i;
            }
        }

        bag.Add(DiagnosticCodes.InvalidChoice, scalar.Span,
            $"{path} '{scalar.Value}' is not one of {string.Join(", ", choices)}" + DidYouMean.Hint(scalar.Value, choices));
        return null;
    }

    private string? ReadUrl(YNode? node, string path)
    {
        var scalar = Scalar(node, path);
        if (scalar is null)
        {
            return null;
        }

        if (!ExternalLinkPolicy.IsAllowed(scalar.Value))
        {
            bag.Add(DiagnosticCodes.InvalidUrl, scalar.Span, $"{path} '{scalar.Value}' must be an http, https or mailto URL");
            return null;
        }

        return scalar.Value;
    }

    // A theme lives beside the brief or below it: an absolute path, or '..' above the brief's folder, would let a
    // brief from elsewhere read any file on the machine into its PDF (a logo, a font).
    private string? ReadThemePath(YNode? node)
    {
        if (Scalar(node, "theme") is not { } scalar)
        {
            return null;
        }

        var depth = 0;
        var rooted = scalar.Value.StartsWith('/') || scalar.Value.Contains('\\', StringComparison.Ordinal) || scalar.Value.Contains(':', StringComparison.Ordinal);
        foreach (var segment in scalar.Value.Split('/'))
        {
            depth += segment switch { ".." => -1, "" or "." => 0, _ => 1 };
            rooted |= depth < 0;
        }

        if (rooted)
        {
            bag.Add(DiagnosticCodes.ThemePath, scalar.Span, $"theme '{scalar.Value}' leaves the brief's folder; put the theme beside the brief or below it");
            return null;
        }

        return scalar.Value;
    }

    /// <summary>The node as a non-empty scalar, or null after reporting why not.</summary>
    private YScalar? Scalar(YNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YScalar scalar)
        {
            bag.Add(DiagnosticCodes.WrongShape, node.Span, $"{path} must be a single value, not a {(node is YMapping ? "mapping" : "list")}");
            return null;
        }

        return NonEmpty(scalar, path) ? scalar : null;
    }

    private bool NonEmpty(YScalar scalar, string path)
    {
        if (scalar.IsNull || scalar.Value.Trim().Length == 0)
        {
            bag.Add(DiagnosticCodes.EmptyValue, scalar.Span, $"{path} is empty");
            return false;
        }

        return true;
    }

    private static YNode? Get(Dictionary<string, YNode> fields, string name) =>
        fields.TryGetValue(name, out var node) ? node : null;

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static LocalizedText Missing(YNode near) => new(new Dictionary<string, string>(), null, near.Span);

    private static LocalizedProse MissingProse(YNode near) => new(new Dictionary<string, Prose>(), null, near.Span);

    private static Identifier MissingId(YNode near) => new(string.Empty, near.Span);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    // BCP 47 in the shapes briefs need: language, optional script, optional region, optional variants.
    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?(-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")]
    internal static partial Regex LanguageTag();
}
