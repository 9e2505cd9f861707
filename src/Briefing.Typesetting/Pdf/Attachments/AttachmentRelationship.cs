namespace Briefing.Typesetting.Pdf.Attachments;

/// <summary>The values of a file specification's <c>/AFRelationship</c> (PDF 2.0, table 43).</summary>
public enum AttachmentRelationship
{
    /// <summary>The original source the document was made from.</summary>
    Source,

    /// <summary>Data the document's content is a representation of (tables, charts).</summary>
    Data,

    /// <summary>An alternative representation of the content (another format).</summary>
    Alternative,

    /// <summary>A supplement to the content.</summary>
    Supplement,

    /// <summary>No stated relationship.</summary>
    Unspecified,
}
