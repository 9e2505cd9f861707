using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf.Attachments;

/// <summary>
/// Writes the attachments of a document: one compressed embedded-file stream (with MIME subtype, size,
/// MD5 <c>/CheckSum</c> and SHA-256, see <see cref="AttachmentChecksums"/>) and one file specification
/// each, then the catalog's <c>/AF</c> array and the <c>/EmbeddedFiles</c> name tree entries. Nothing
/// about the file system (dates, paths) is written, so equal attachments give equal bytes.
/// </summary>
internal sealed class AssociatedFiles
{
    private readonly List<(string Name, int FileSpec)> _written = [];
    private readonly IReadOnlyList<FileAttachment> _attachments;
    private readonly Task<byte[]>[] _compressed;

    /// <summary>
    /// The attachments of a document, whose compression starts on the thread pool at once: an attachment's bytes
    /// do not depend on the rest of the document, so they are compressed while that is written. A failure is
    /// kept in the attachment's task and thrown by <see cref="Write"/>.
    /// </summary>
    public AssociatedFiles(IReadOnlyList<FileAttachment> attachments, DeflaterPool deflaters)
    {
        _attachments = attachments;
        _compressed = new Task<byte[]>[attachments.Count];
        for (var i = 0; i < attachments.Count; i++)
        {
            var data = attachments[i].Data;
            _compressed[i] = Task.Run(() => deflaters.Compress(data.Span));
        }
    }

    /// <summary>Whether there is anything to write into the catalog.</summary>
    public bool IsEmpty => _written.Count == 0;

    /// <summary>Writes the streams and file specifications of the attachments.</summary>
    public void Write(PdfFileWriter file)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _attachments.Count; i++)
        {
            var attachment = _attachments[i];
            Check(attachment);
            if (!names.Add(attachment.Name))
                throw new ArgumentException($"Two attachments are named '{attachment.Name}'.", "attachments");
            var data = attachment.Data.Span;
            var stream = file.Reserve();
            var spec = file.Reserve();
            var dictionary = new PdfBuffer(256);
            dictionary.Ascii("/Type/EmbeddedFile/Subtype").Name(attachment.MimeType).Ascii("/Params<</Size ").Int(data.Length)
                .Ascii("/CheckSum<");
            foreach (var b in Md5.HashData(data))
                dictionary.Hex2(b);
            dictionary.Ascii(">/").Ascii(AttachmentChecksums.Sha256Key).Literal(Convert.ToHexStringLower(Sha256.HashData(data))).Ascii(">>");
            file.CompressedStream(stream, _compressed[i].GetAwaiter().GetResult(), System.Text.Encoding.ASCII.GetString(dictionary.Written));

            var o = file.Begin(spec).Ascii("<</Type/Filespec/F").Literal(AsciiName(attachment.Name)).Ascii("/UF").Text(attachment.Name)
                .Ascii("/EF<</F ").Ref(stream).Ascii("/UF ").Ref(stream).Ascii(">>/AFRelationship/").Ascii(attachment.Relationship.ToString());
            if (attachment.Description.Length > 0)
                o.Ascii("/Desc").Text(attachment.Description);
            o.Ascii(">>");
            file.End();
            _written.Add((attachment.Name, spec));
        }
    }

    /// <summary>The catalog's <c>/AF</c> entry, in the order the attachments were given.</summary>
    public void WriteAssociatedFiles(PdfBuffer catalog)
    {
        catalog.Ascii("/AF[");
        foreach (var (_, spec) in _written)
            catalog.Ref(spec).Space();
        catalog.Ascii("]");
    }

    /// <summary>The <c>/EmbeddedFiles</c> entry of the catalog's <c>/Names</c> dictionary.</summary>
    public void WriteNameTree(PdfBuffer names)
    {
        // A name tree's keys are sorted by their bytes as written (PDF 32000-1, 7.9.6): ASCII, or a UTF-16BE
        // byte-order mark and code units, as PdfBuffer.Text writes them.
        var sorted = new List<(string Name, int FileSpec)>(_written);
        sorted.Sort((a, b) => KeyBytes(a.Name).AsSpan().SequenceCompareTo(KeyBytes(b.Name)));
        names.Ascii("/EmbeddedFiles<</Names[");
        foreach (var (name, spec) in sorted)
            names.Text(name).Ref(spec);
        names.Ascii("]>>");
    }

    private static byte[] KeyBytes(string name)
    {
        foreach (var c in name)
        {
            if (c is < ' ' or > '~')
                return [0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes(name)];
        }
        return System.Text.Encoding.ASCII.GetBytes(name);
    }

    private static void Check(FileAttachment attachment)
    {
        if (attachment.Name.Length == 0 || attachment.Name.IndexOfAny(['/', '\\']) >= 0)
            throw new ArgumentException($"An attachment's name must be a file name without folders, not '{attachment.Name}'.");
        if (attachment.MimeType.Length == 0)
            throw new ArgumentException($"Attachment '{attachment.Name}' has no MIME type.");
    }

    // /F is a byte string in the platform's encoding: ASCII is the one every reader agrees on, /UF carries the real name.
    private static string AsciiName(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is < ' ' or > '~')
                chars[i] = '_';
        }
        return new string(chars);
    }
}
