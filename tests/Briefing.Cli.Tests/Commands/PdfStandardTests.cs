using System.Text;
using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Commands;

/// <summary><c>brief render --pdf-standard</c>: its help, its one line about the source, and the files it writes.</summary>
public sealed class PdfStandardTests
{
    [Fact]
    public void Render_help_explains_the_pdf_standards()
    {
        var run = BriefProcess.Run("render", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--pdf-standard", run.Out);
        Assert.Contains("a-1b", run.Out);
        Assert.Contains("ua-1", run.Out);
        Assert.Contains("PDF/A-1b", run.Out);
    }

    [Fact]
    public void A_1b_says_once_that_the_source_is_left_out_and_writes_PDF_1_4_files()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny());

        var run = BriefProcess.Run("render", file, "--pdf-standard", "a-1b,ua-1", "--out", temp.File("out"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("note: PDF/A-1b cannot embed files, so the PDFs are written without the brief's source", Assert.Single(run.ErrorLines));
        Assert.Equal(2, run.OutLines.Count);
        foreach (var pdf in run.OutLines)
        {
            var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
            Assert.StartsWith("%PDF-1.4\n", text, StringComparison.Ordinal);
            Assert.Contains("<pdfaid:part>1</pdfaid:part>", text, StringComparison.Ordinal);
            Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_the_option_nothing_is_said_and_the_files_are_plain_PDF_1_7()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny());

        var run = BriefProcess.Run("render", file, "--lang", "en", "--out", temp.File("out"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.ErrorLines);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(Assert.Single(run.OutLines)));
        Assert.StartsWith("%PDF-1.7\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pdfaid", text, StringComparison.Ordinal);
    }
}
