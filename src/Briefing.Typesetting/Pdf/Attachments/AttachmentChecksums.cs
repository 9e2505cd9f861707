namespace Briefing.Typesetting.Pdf.Attachments;

/// <summary>
/// Where the writer records an attachment's checksums, so that a reader can check them: the embedded
/// file's <c>/Params</c> carry PDF's own <c>/CheckSum</c> (MD5, PDF 32000-1, table 46) and, under the
/// key <see cref="Sha256Key"/>, the SHA-256 of the file as a hex string of 64 lower-case digits. PDF has
/// no standard key for a SHA-256; readers ignore keys they do not know.
/// </summary>
public static class AttachmentChecksums
{
    /// <summary>The key, in the embedded file's <c>/Params</c>, of the SHA-256 (without the slash).</summary>
    public const string Sha256Key = "SHA256";
}
