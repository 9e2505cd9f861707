namespace Briefing.Format;

/// <summary>What kind of value a key of the format holds.</summary>
public enum FieldKind
{
    /// <summary>The format name, <c>brief/1</c>.</summary>
    FormatName,

    /// <summary>A localized text: a string, or a mapping language to string.</summary>
    Text,

    /// <summary>Localized prose (light markup): a string, or a mapping language to string.</summary>
    Prose,

    /// <summary>A lowercase kebab-case id.</summary>
    Id,

    /// <summary>One id of another item.</summary>
    Reference,

    /// <summary>A list of ids of other items.</summary>
    ReferenceList,

    /// <summary>An ISO 8601 date.</summary>
    Date,

    /// <summary>A whole number of 1 or more.</summary>
    Integer,

    /// <summary>One of a fixed set of names.</summary>
    Choice,

    /// <summary>A list of BCP 47 language codes.</summary>
    Languages,

    /// <summary>An http, https or mailto URL.</summary>
    Url,

    /// <summary>A relative path that stays inside the folder of the file that names it.</summary>
    Path,

    /// <summary>A telephone number: digits, spaces, + - ( ) . and an optional extension.</summary>
    Telephone,

    /// <summary>One id for every language, or a mapping of language to id.</summary>
    LocalizedReference,

    /// <summary>A nested mapping.</summary>
    Object,

    /// <summary>A list of mappings.</summary>
    List,
}
