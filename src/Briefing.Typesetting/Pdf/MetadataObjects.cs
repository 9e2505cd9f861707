using System.Security;
using System.Text;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Builds the document information dictionary and the XMP packet from <see cref="DocumentMetadata"/>
/// alone (plus ids derived from the content), so neither carries a clock, a library version or random ids,
/// and the two always agree, as PDF/A and PDF/UA checkers expect.
/// </summary>
internal static class MetadataObjects
{
    /// <summary>The Info dictionary, e.g. <c>&lt;&lt;/Title(...)/Producer(...)...&gt;&gt;</c>.</summary>
    public static byte[] InfoDictionary(DocumentMetadata metadata)
    {
        var date = PdfDates.Format(metadata.CreationDate);
        var sb = new StringBuilder("<<");
        AppendEntry(sb, "Title", metadata.Title);
        AppendEntry(sb, "Author", metadata.Author);
        AppendEntry(sb, "Subject", metadata.Subject);
        AppendEntry(sb, "Keywords", metadata.Keywords);
        AppendEntry(sb, "Creator", metadata.Creator);
        AppendEntry(sb, "Producer", PdfDocumentWriter.Producer);
        AppendEntry(sb, "CreationDate", date);
        AppendEntry(sb, "ModDate", date);
        sb.Append(">>");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>
    /// The XMP packet (UTF-8) with the same facts as the Info dictionary, plus the identification of the
    /// <paramref name="standards"/> the file is written to (pdfaid, pdfuaid).
    /// </summary>
    public static byte[] Xmp(DocumentMetadata metadata, string documentId, string instanceId, PdfStandards standards)
    {
        var date = PdfDates.FormatXmp(metadata.CreationDate);
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        sb.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        sb.Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        sb.Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"");
        sb.Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"");
        sb.Append(" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n");
        sb.Append("<dc:format>application/pdf</dc:format>\n");
        if (metadata.Title.Length > 0)
            sb.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(metadata.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (metadata.Author.Length > 0)
            sb.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(metadata.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (metadata.Subject.Length > 0)
            sb.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(metadata.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        if (metadata.Language.Length > 0)
            sb.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(metadata.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        if (metadata.Keywords.Length > 0)
            sb.Append("<pdf:Keywords>").Append(Escape(metadata.Keywords)).Append("</pdf:Keywords>\n");
        sb.Append("<pdf:Producer>").Append(Escape(PdfDocumentWriter.Producer)).Append("</pdf:Producer>\n");
        if (metadata.Creator.Length > 0)
            sb.Append("<xmp:CreatorTool>").Append(Escape(metadata.Creator)).Append("</xmp:CreatorTool>\n");
        sb.Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n");
        sb.Append("<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n");
        sb.Append("<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n");
        sb.Append("<xmpMM:DocumentID>uuid:").Append(documentId).Append("</xmpMM:DocumentID>\n");
        sb.Append("<xmpMM:InstanceID>uuid:").Append(instanceId).Append("</xmpMM:InstanceID>\n");
        sb.Append("</rdf:Description>\n");
        AppendIdentification(sb, standards);
        sb.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>
    /// The pdfaid and pdfuaid properties. PDF/A-1 accepts only the schemas of XMP 2004 and those a file
    /// describes itself (ISO 19005-1, 6.7.8), and pdfuaid is younger, so a PDF/A-1 file that also claims
    /// PDF/UA carries a PDF/A extension schema for it.
    /// </summary>
    private static void AppendIdentification(StringBuilder sb, PdfStandards standards)
    {
        if ((standards & PdfStandards.A1b) != 0)
        {
            sb.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
            sb.Append("<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n");
        }
        if ((standards & PdfStandards.UA1) == 0)
            return;
        if ((standards & PdfStandards.A1b) != 0)
        {
            sb.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"");
            sb.Append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
            sb.Append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n");
            sb.Append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n");
            sb.Append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n");
            sb.Append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n");
            sb.Append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n");
            sb.Append("<pdfaProperty:name>part</pdfaProperty:name>\n<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n");
            sb.Append("<pdfaProperty:category>internal</pdfaProperty:category>\n");
            sb.Append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n");
            sb.Append("</rdf:li></rdf:Seq></pdfaSchema:property>\n");
            sb.Append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");
        }
        sb.Append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        sb.Append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
    }

    private static void AppendEntry(StringBuilder sb, string key, string value)
    {
        if (value.Length == 0)
            return;
        sb.Append('/').Append(key);
        if (IsPlainAscii(value))
        {
            sb.Append('(');
            foreach (var c in value)
            {
                if (c is '(' or ')' or '\\')
                    sb.Append('\\');
                sb.Append(c);
            }
            sb.Append(')');
        }
        else
        {
            // Text strings beyond ASCII go as UTF-16BE with a byte-order mark (PDF 32000-1, 7.9.2.2).
            sb.Append("<FEFF").Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value))).Append('>');
        }
    }

    private static bool IsPlainAscii(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
                return false;
        }
        return true;
    }

    private static string Escape(string value) => SecurityElement.Escape(value);
}
