using Briefing.Model;

namespace Briefing.Format;

/// <summary>
/// The <c>brief/1</c> format as data: the loader checks keys against it and the JSON Schema is generated
/// from it, so the two cannot drift apart.
/// </summary>
public static class BriefFormat
{
    /// <summary>The only format name this version reads.</summary>
    public const string Name = "brief/1";

    /// <summary>Who prepared the brief.</summary>
    public static readonly ObjectSpec Prepared = new("prepared", "Who prepared the brief, when, and its version.",
    [
        new("by", FieldKind.Text, false, "Who prepared the brief."),
        new("on", FieldKind.Date, true, "The day the brief was prepared; also the PDF's creation date."),
        new("version", FieldKind.Integer, false, "The version of the brief, 1 or more (default 1)."),
        new("title", FieldKind.Text, false, "The preparer's title, e.g. 'Policy Analyst'."),
        new("unit", FieldKind.Text, false, "The preparer's unit, e.g. 'Korea Division'."),
        new("telephone", FieldKind.Telephone, false, "The preparer's telephone number, e.g. '613-555-0100'."),
    ]);

    /// <summary>An approval of the brief.</summary>
    public static readonly ObjectSpec Approval = new("approval", "Who approved the brief.",
    [
        new("by", FieldKind.Text, true, "The name of the person who approved it."),
        new("title", FieldKind.Text, false, "Their title, e.g. 'Director General'."),
        new("unit", FieldKind.Text, false, "Their unit."),
        new("on", FieldKind.Date, false, "The day they approved it."),
    ]);

    /// <summary>A consultation on the brief.</summary>
    public static readonly ObjectSpec Consultation = new("consultation", "A person or unit consulted on the brief (a name, a unit, or both).",
    [
        new("name", FieldKind.Text, false, "The person's name."),
        new("title", FieldKind.Text, false, "The person's title."),
        new("unit", FieldKind.Text, false, "The unit consulted, e.g. 'Trade Policy Division'."),
    ]);

    /// <summary>A delegation.</summary>
    public static readonly ObjectSpec Delegation = new("delegation", "A delegation, usually a country's.",
    [
        new("id", FieldKind.Id, true, "The delegation's id, e.g. 'kr'."),
        new("name", FieldKind.Text, true, "The delegation's name."),
    ]);

    /// <summary>A participant.</summary>
    public static readonly ObjectSpec Participant = new("participant", "A person taking part.",
    [
        new("id", FieldKind.Id, true, "The participant's id, e.g. 'lee-jae-myung'."),
        new("name", FieldKind.Text, true, "The person's name."),
        new("title", FieldKind.Text, true, "The person's title, e.g. 'President'."),
        new("delegation", FieldKind.Reference, false, "The id of the person's delegation."),
        new("note", FieldKind.Prose, false, "A note on the person (prose)."),
        new("kind", FieldKind.Choice, false, "participant (took part; the default) or mentioned (only named in the sources).", Choices: FormatNames.ParticipantKinds),
    ]);

    /// <summary>An agreement.</summary>
    public static readonly ObjectSpec Agreement = new("agreement", "An agreement and how far it has come.",
    [
        new("id", FieldKind.Id, true, "The agreement's id."),
        new("title", FieldKind.Text, true, "The agreement's name."),
        new("status", FieldKind.Choice, true, "How far the agreement has come.", Choices: FormatNames.Statuses),
        new("status-label", FieldKind.Text, false, "The words for the status in this brief, when the status's name would say more than the sources do (e.g. 'negotiations finalized; signature not reported')."),
        new("parties", FieldKind.ReferenceList, false, "The ids of the delegations party to it."),
        new("summary", FieldKind.Prose, true, "What the agreement says (prose)."),
    ]);

    /// <summary>An outstanding question.</summary>
    public static readonly ObjectSpec Question = new("question", "An outstanding question.",
    [
        new("id", FieldKind.Id, true, "The question's id."),
        new("question", FieldKind.Text, true, "The question."),
        new("context", FieldKind.Prose, false, "Its context (prose)."),
        new("related", FieldKind.ReferenceList, false, "Ids of agreements, participants or delegations it concerns."),
    ]);

    /// <summary>A timeline entry.</summary>
    public static readonly ObjectSpec TimelineEntry = new("timeline entry", "A dated event.",
    [
        new("date", FieldKind.Date, true, "The event's date."),
        new("event", FieldKind.Text, true, "What happened."),
    ]);

    /// <summary>A free section.</summary>
    public static readonly ObjectSpec Section = new("section", "A free section such as background or protocol notes.",
    [
        new("id", FieldKind.Id, true, "The section's id."),
        new("title", FieldKind.Text, true, "The section's title."),
        new("body", FieldKind.Prose, true, "The section's text (prose)."),
        new("role", FieldKind.Choice, false, "What the section is to the reader: background, status, considerations, next-steps or annex.", Choices: FormatNames.SectionRoles),
    ]);

    /// <summary>A source.</summary>
    public static readonly ObjectSpec Source = new("source", "A source the brief draws on.",
    [
        new("title", FieldKind.Text, true, "The source's title."),
        new("publisher", FieldKind.Text, false, "Who published it."),
        new("date", FieldKind.Date, false, "When it was published."),
        new("url", FieldKind.Url, false, "Where to find it (http, https or mailto)."),
    ]);

    /// <summary>The whole brief.</summary>
    public static readonly ObjectSpec Brief = new("brief", "A briefing in the brief/1 format.",
    [
        new("format", FieldKind.FormatName, true, "The format name: brief/1."),
        new("id", FieldKind.Id, false, "The brief's id; defaults to the file name without .yaml."),
        new("languages", FieldKind.Languages, true, "The languages every localized text must have, e.g. [en, ko] or [en-GB, fr, ko]: a language (en, fr, ko, with its default region) or a language with a region (en-CA, en-US, en-GB, fr-CA, fr-FR, ko-KR)."),
        new("classification", FieldKind.Choice, true, "The security marking.", Choices: FormatNames.Classifications),
        new("date", FieldKind.Date, true, "The event's date."),
        new("paper", FieldKind.Choice, false, "The paper: a4 or letter.", Choices: FormatNames.Papers),
        new("theme", FieldKind.Path, false, "A theme/1 file (fonts, colours, logo, margins), relative to the brief and inside its folder."),
        new("contents", FieldKind.Choice, false, "The table of contents after the title block: auto (when the brief runs to four pages or more; the default), on or off.", Choices: FormatNames.Contents),
        new("frame", FieldKind.Choice, false, "The frame: default (each language's own: a Korean report in ko, a briefing note in en and fr), neutral, report or note.", Choices: FormatNames.Frames),
        new("title", FieldKind.Text, true, "The brief's title."),
        new("subtitle", FieldKind.Text, false, "The brief's subtitle."),
        new("location", FieldKind.Text, true, "Where the event takes place."),
        new("occasion", FieldKind.Text, false, "The occasion of the event."),
        new("addressee", FieldKind.Text, false, "To whom the brief is addressed, as it follows 'MEMORANDUM TO' / 'NOTE': 'the Minister of Foreign Affairs', 'au ministre des Affaires étrangères'."),
        new("purpose", FieldKind.Choice, false, "What the brief asks of its reader: information or decision.", Choices: FormatNames.Purposes),
        new("tracking", FieldKind.Text, false, "The brief's tracking number."),
        new("prepared", FieldKind.Object, true, "Who prepared the brief and when.", Prepared),
        new("approved", FieldKind.List, false, "Who approved the brief.", Approval),
        new("consulted", FieldKind.List, false, "Who was consulted.", Consultation),
        new("summary", FieldKind.Prose, true, "The summary (prose)."),
        new("delegations", FieldKind.List, false, "The delegations.", Delegation),
        new("home", FieldKind.LocalizedReference, false, "The home delegation ('our side'), listed first: one id, or a mapping of language to id, e.g. { en: ca, ko: kr }."),
        new("participants", FieldKind.List, false, "The participants.", Participant),
        new("agreements", FieldKind.List, false, "The agreements.", Agreement),
        new("questions", FieldKind.List, false, "The outstanding questions.", Question),
        new("timeline", FieldKind.List, false, "The timeline.", TimelineEntry),
        new("sections", FieldKind.List, false, "Free sections, in order.", Section),
        new("sources", FieldKind.List, false, "The sources.", Source),
    ]);
}
