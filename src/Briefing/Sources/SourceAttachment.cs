using Briefing.Typesetting.Pdf.Attachments;

namespace Briefing.Sources;

/// <summary>The attachment that carries a brief's YAML inside its PDF: an associated file with <c>/AFRelationship /Source</c>.</summary>
public static class SourceAttachment
{
    /// <summary>The MIME type of a brief (RFC 9512).</summary>
    public const string YamlMimeType = "application/yaml";

    /// <summary>The attachment of the file named <paramref name="fileName"/> (its folders are dropped) holding <paramref name="bytes"/>.</summary>
    public static FileAttachment For(string fileName, byte[] bytes) => new()
    {
        Name = Path.GetFileName(fileName),
        Data = bytes,
        MimeType = YamlMimeType,
        Relationship = AttachmentRelationship.Source,
    };
}
