namespace Briefing.Typesetting.Pdf.Attachments;

/// <summary>
/// A file carried inside the PDF as an associated file of the whole document (PDF 2.0, 14.13; PDF/A-3):
/// listed in the catalog's <c>/AF</c> array and in the <c>/EmbeddedFiles</c> name tree, so that every
/// reader's attachment panel shows it. The engine attaches what it is given; what to attach is the caller's.
/// </summary>
public sealed record FileAttachment
{
    /// <summary>The file name a reader offers when the file is saved (no folders).</summary>
    public required string Name { get; init; }

    /// <summary>The file's bytes, written exactly (compressed in the PDF, given back byte for byte).</summary>
    public required ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>The MIME type, e.g. <c>application/yaml</c>.</summary>
    public string MimeType { get; init; } = "application/octet-stream";

    /// <summary>How the file relates to the document (<c>/AFRelationship</c>).</summary>
    public AttachmentRelationship Relationship { get; init; } = AttachmentRelationship.Unspecified;

    /// <summary>A description shown by readers (<c>/Desc</c>); empty for none.</summary>
    public string Description { get; init; } = "";
}
