using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Pdf.Attachments;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;

namespace Briefing.Typesetting.Tests.Pdf;

/// <summary>Associated files: what qpdf, poppler and PdfPig see, and the bytes the writer puts around them.</summary>
public class AttachmentTests
{
    private static readonly byte[] Yaml = Encoding.UTF8.GetBytes("format: brief/1\ntitle: { en: \"Title\", ko: \"제목\" }\n");
    private static readonly byte[] Theme = Encoding.UTF8.GetBytes("theme: plain\n");

    private static FileAttachment Source(string name, byte[] data) => new()
    {
        Name = name,
        Data = data,
        MimeType = "application/yaml",
        Relationship = AttachmentRelationship.Source,
    };

    private static byte[] Write(params FileAttachment[] attachments) =>
        new PdfDocumentWriter().Write(SamplePages.TwoPages(), SamplePages.Metadata() with { Attachments = attachments });

    [Fact]
    public void Qpdf_checks_the_file_clean_and_lists_the_attachment()
    {
        var pdf = Write(Source("brief.yaml", Yaml));

        var check = PdfTools.QpdfCheck(pdf);
        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain("WARNING", check.Output + check.Error, StringComparison.OrdinalIgnoreCase);
        var list = PdfTools.RunOnFile(pdf, "qpdf", "--list-attachments", "{file}");
        Assert.Equal(0, list.ExitCode);
        Assert.StartsWith("brief.yaml ->", list.Output.Trim());
    }

    [Fact]
    public void Poppler_lists_and_saves_the_attachment_byte_for_byte()
    {
        var pdf = Write(Source("brief.yaml", Yaml));

        var list = PdfTools.RunOnFile(pdf, "pdfdetach", "-list", "{file}");
        Assert.Contains("1: brief.yaml", list.Output);
        var saved = Path.Combine(Path.GetTempPath(), $"pdfdetach-{Guid.NewGuid():N}.yaml");
        try
        {
            var save = PdfTools.RunOnFile(pdf, "pdfdetach", "-save", "1", "-o", saved, "{file}");
            Assert.Equal(0, save.ExitCode);
            Assert.Equal(Yaml, File.ReadAllBytes(saved));
        }
        finally
        {
            File.Delete(saved);
        }
    }

    [Fact]
    public void PdfPig_sees_the_attachment_with_its_relationship_mime_type_and_checksums()
    {
        var pdf = Write(Source("brief.yaml", Yaml));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.Advanced.TryGetEmbeddedFiles(out var files));
        var file = Assert.Single(files);
        Assert.Equal("brief.yaml", file.Name);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Matches(@"/Type/Filespec/F\(brief\.yaml\)/UF\(brief\.yaml\)/EF<</F \d+ 0 R/UF \d+ 0 R>>/AFRelationship/Source", text);
        Assert.Matches(@"/Type/Catalog.*/AF\[\d+ 0 R \]", text);
        var md5 = Convert.ToHexString(MD5.HashData(Yaml));
        var sha = Convert.ToHexStringLower(SHA256.HashData(Yaml));
        Assert.Contains($"/Subtype/application#2Fyaml/Params<</Size {Yaml.Length}/CheckSum<{md5}>/SHA256({sha})>>", text);
    }

    [Fact]
    public void The_name_tree_is_sorted_and_the_af_array_keeps_the_given_order()
    {
        var pdf = Write(Source("z-brief.yaml", Yaml), Source("a-theme.yaml", Theme));

        var text = Encoding.Latin1.GetString(pdf);
        var tree = Regex.Match(text, @"/EmbeddedFiles<</Names\[\(([^)]*)\)(\d+) 0 R\(([^)]*)\)(\d+) 0 R\]>>");
        Assert.True(tree.Success, "no two-entry name tree");
        Assert.Equal("a-theme.yaml", tree.Groups[1].Value);
        Assert.Equal("z-brief.yaml", tree.Groups[3].Value);
        var af = Regex.Match(text, @"/AF\[(\d+) 0 R (\d+) 0 R \]");
        Assert.Equal(tree.Groups[4].Value, af.Groups[1].Value); // z-brief first, as given
        Assert.Equal(tree.Groups[2].Value, af.Groups[2].Value);
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }

    [Fact]
    public void Equal_input_gives_equal_bytes_and_no_attachment_gives_no_embedded_file()
    {
        Assert.Equal(Write(Source("brief.yaml", Yaml)), Write(Source("brief.yaml", Yaml)));

        var none = Encoding.Latin1.GetString(Write());
        Assert.DoesNotContain("/EmbeddedFile", none);
        Assert.DoesNotContain("/AF", none);
    }

    [Fact]
    public void A_name_with_folders_or_twice_the_same_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Write(Source("../brief.yaml", Yaml)));
        Assert.Throws<ArgumentException>(() => Write(Source("brief.yaml", Yaml), Source("brief.yaml", Theme)));
    }
}
