using Briefing.Typesetting.Sample;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;

namespace Briefing.Typesetting.Tests.Samples;

/// <summary>Issue 2's sample: one page of mixed Korean and English paragraphs, checked end to end.</summary>
public class MixedParagraphsSampleTests : IClassFixture<SampleFonts>
{
    private readonly SampleFonts _fonts;
    private readonly Lazy<byte[]> _pdf;

    public MixedParagraphsSampleTests(SampleFonts fonts)
    {
        _fonts = fonts;
        _pdf = new Lazy<byte[]>(Render);
    }

    private byte[] Render() => MixedParagraphsSample.Build(_fonts.Typesetter).Document.GeneratePdf();

    private IReadOnlyList<string> Paragraphs => MixedParagraphsSample.Build(_fonts.Typesetter).Paragraphs;

    [Fact]
    public void The_sample_is_one_page()
    {
        Assert.Equal("1", PdfTools.PdfInfoField(_pdf.Value, "Pages"));
    }

    [Fact]
    public void Qpdf_finds_no_errors_and_no_warnings()
    {
        PdfTools.AssertQpdfClean(_pdf.Value);
    }

    [Fact]
    public void Every_compressed_stream_is_strict_zlib_with_its_checksum()
    {
        var streams = PdfStreams.All(_pdf.Value);

        var flate = streams.Where(s => s.IsFlate).ToList();
        Assert.True(flate.Count >= 17, $"expected the page contents, 8 font programs and 8 ToUnicode maps compressed, found {flate.Count}");
        foreach (var stream in flate)
            PdfStreams.DecodeZlibStrict(stream.Data);
    }

    [Fact]
    public void Every_font_is_an_embedded_subset_with_a_unicode_map()
    {
        var fonts = PdfTools.PdfFonts(_pdf.Value);

        Assert.Equal(0, fonts.ExitCode);
        var rows = fonts.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        // Noto Sans regular, bold and italic, Noto Serif regular and italic, NanumGothic regular and bold, NanumMyeongjo.
        Assert.Equal(8, rows.Count);
        foreach (var row in rows)
        {
            // name type... emb sub uni object ID: the three flags are the 5th- to 3rd-last columns.
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(columns[^5] == "yes" && columns[^4] == "yes" && columns[^3] == "yes", $"not embedded, subset and mapped: {row}");
            Assert.Matches("^[A-Z]{6}\\+", row);
        }
    }

    [Fact]
    public void Two_renders_are_byte_identical()
    {
        var first = Render();
        var second = Render();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Pdftotext_gives_back_the_input_text()
    {
        var expected = ExtractedText.Normalize(string.Join(" ", Paragraphs));

        var actual = ExtractedText.Normalize(PdfTools.PdfToText(_pdf.Value));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void PdfPig_gives_back_the_input_text()
    {
        var expected = ExtractedText.Normalize(string.Join(" ", Paragraphs));

        using var document = PdfDocument.Open(_pdf.Value);
        var actual = ExtractedText.Normalize(string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void No_korean_word_is_split_across_lines()
    {
        var lines = PdfTools.PdfToText(_pdf.Value).Split('\n');

        var splits = ExtractedText.SplitKoreanWords(lines, string.Join(" ", Paragraphs));

        Assert.Empty(splits);
        // The check has something to check: several lines end inside Korean text.
        Assert.True(lines.Count(l => l.TrimEnd().Length > 0 && ExtractedText.IsHangulSyllable(l.TrimEnd()[^1])) >= 3);
    }

    [Fact]
    public void The_tag_tree_reads_every_paragraph_whole_with_the_spaces_at_its_line_breaks()
    {
        var tree = StructNode.Parse(PdfTools.PdfInfo(_pdf.Value, "-struct-text").Output);

        var blocks = tree.Descendants().Where(n => n.Role is "P" or "H1").Select(n => ExtractedText.Normalize(n.Text)).ToList();

        Assert.Equal(Paragraphs.Select(ExtractedText.Normalize).ToList(), blocks);
    }

    [Fact]
    public void The_link_element_holds_the_link_text_and_nothing_after_it()
    {
        var tree = StructNode.Parse(PdfTools.PdfInfo(_pdf.Value, "-struct-text").Output);

        var link = Assert.Single(tree.Descendants(), n => n.Role == "Link");

        Assert.Equal("Global Affairs Canada's website", ExtractedText.Normalize(link.Text));
    }

    [Fact]
    public void The_link_annotation_points_at_the_url()
    {
        using var document = PdfDocument.Open(_pdf.Value);

        var links = document.GetPage(1).GetHyperlinks();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal(MixedParagraphsSample.Url, l.Uri));
    }
}
