using System.Text;
using Briefing.Cli.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Briefing.Cli.Tests.Commands;

/// <summary>
/// The brief inside its own PDF, end to end: <c>brief render</c> embeds the YAML (unless <c>--no-source</c>),
/// <c>brief extract</c> gives it back byte for byte, and <c>render</c> and <c>validate</c> accept the PDF.
/// </summary>
public sealed class SourceInPdfTests
{
    [Fact]
    public void Render_extract_render_is_byte_identical()
    {
        using var temp = new TempFolder();
        var first = BriefProcess.Run("render", Briefs.Summit, "--lang", "ko", "--out", temp.File("one"));
        Assert.True(first.ExitCode == 0, first.ToString());
        var pdf = temp.File($"one/{Briefs.SummitId}.ko.pdf");

        var extract = BriefProcess.Run("extract", pdf, "-o", temp.File("sources"));
        Assert.True(extract.ExitCode == 0, extract.ToString());
        var yaml = temp.File($"sources/{Briefs.SummitId}.yaml");
        Assert.Equal(yaml, Assert.Single(extract.OutLines));
        Assert.Equal(File.ReadAllBytes(Briefs.Summit), File.ReadAllBytes(yaml));

        var second = BriefProcess.Run("render", yaml, "--lang", "ko", "--out", temp.File("two"));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(File.ReadAllBytes(pdf), File.ReadAllBytes(temp.File($"two/{Briefs.SummitId}.ko.pdf")));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.Advanced.TryGetEmbeddedFiles(out var files));
        Assert.Equal(Briefs.SummitId + ".yaml", Assert.Single(files).Name);
    }

    [Fact]
    public void Render_accepts_a_pdf_and_renders_its_brief_in_another_language()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny());
        Assert.Equal(0, BriefProcess.Run("render", file, "--lang", "ko", "--out", temp.File("ko")).ExitCode);
        Assert.Equal(0, BriefProcess.Run("render", file, "--lang", "en", "--out", temp.File("direct")).ExitCode);

        var run = BriefProcess.Run("render", temp.File("ko/tiny.ko.pdf"), "--lang", "en", "--out", temp.File("from-pdf"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllBytes(temp.File("direct/tiny.en.pdf")), File.ReadAllBytes(temp.File("from-pdf/tiny.en.pdf")));
    }

    [Fact]
    public void Validate_names_the_brief_inside_the_pdf()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny().Replace("summary: { en: \"Summary.\"", "summary: { en: \"TODO: write\"", StringComparison.Ordinal));
        Assert.Equal(0, BriefProcess.Run("render", file, "--lang", "en", "--out", temp.File("out")).ExitCode);
        var pdf = temp.File("out/tiny.en.pdf");

        var run = BriefProcess.Run("validate", pdf);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"{pdf}#tiny.yaml:10:", run.ErrorLines[0]);
        Assert.Contains("warning BRF017", run.ErrorLines[0]);
    }

    [Fact]
    public void No_source_leaves_the_yaml_out_and_extract_says_so()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny());
        Assert.Equal(0, BriefProcess.Run("render", file, "--lang", "en", "--no-source", "--out", temp.File("out")).ExitCode);
        var pdf = temp.File("out/tiny.en.pdf");

        Assert.DoesNotContain("/EmbeddedFile", Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));
        var run = BriefProcess.Run("extract", pdf, "-o", temp.File("sources"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BRF071", run.Error);
        Assert.False(Directory.Exists(temp.File("sources")));
    }

    [Fact]
    public void A_tampered_pdf_is_refused_by_extract_render_and_validate()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny());
        Assert.Equal(0, BriefProcess.Run("render", file, "--lang", "en", "--out", temp.File("out")).ExitCode);
        var pdf = temp.File("out/tiny.en.pdf");
        var bytes = File.ReadAllBytes(pdf);
        // The size recorded beside the source is changed: the file no longer vouches for what it carries.
        var text = Encoding.Latin1.GetString(bytes);
        var length = Encoding.UTF8.GetByteCount(Briefs.Tiny());
        var size = $"/Params<</Size {length}/";
        Assert.Contains(size, text);
        var wrong = $"/Params<</Size {(length % 10 == 9 ? length - 1 : length + 1)}/"; // same number of digits: offsets stay true
        var tampered = temp.File("tampered.pdf");
        File.WriteAllBytes(tampered, Encoding.Latin1.GetBytes(text.Replace(size, wrong, StringComparison.Ordinal)));

        var extract = BriefProcess.Run("extract", tampered, "-o", temp.File("sources"));
        var render = BriefProcess.Run("render", tampered, "--out", temp.File("again"));
        var validate = BriefProcess.Run("validate", tampered);

        foreach (var run in new[] { extract, render, validate })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{tampered}#tiny.yaml:1:1: error BRF072:", run.Error);
        }

        Assert.False(Directory.Exists(temp.File("sources")));
        Assert.False(Directory.Exists(temp.File("again")));
    }

    [Fact]
    public void Extract_keeps_a_different_file_unless_forced()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny());
        Assert.Equal(0, BriefProcess.Run("render", file, "--lang", "en", "--out", temp.File("out")).ExitCode);
        var edited = temp.Write("sources/tiny.yaml", "edited since\n");

        var kept = BriefProcess.Run("extract", temp.File("out/tiny.en.pdf"), "-o", temp.File("sources"));
        Assert.Equal(1, kept.ExitCode);
        Assert.Equal("edited since\n", File.ReadAllText(edited));

        var forced = BriefProcess.Run("extract", temp.File("out/tiny.en.pdf"), "-o", temp.File("sources"), "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(edited));
    }
}
