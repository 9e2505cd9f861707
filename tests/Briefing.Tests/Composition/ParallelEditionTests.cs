using Briefing.Composition.Frames;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Rendering;
using Briefing.Tests.Shared;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Briefing.Tests.Composition;

/// <summary>
/// The summit brief as parallel editions: each language whole in its own column, counterparts level, no
/// line wider than its column, each column tagged with its language, and the PDF as sound as a one-language one.
/// </summary>
public sealed class ParallelEditionTests(ParallelRendering parallel) : IClassFixture<ParallelRendering>
{
    public static TheoryData<string> Editions => new() { "ko+en", "en+fr" };

    // BriefComposer.Margins: the body and furniture span the page between these.
    private const double Margin = 56;

    [Theory]
    [MemberData(nameof(Editions))]
    public void Each_language_reads_back_whole_in_its_own_column(string edition)
    {
        var languages = Edition.Parse(edition).Languages;

        var (left, right) = ColumnTexts(parallel.Pdf(edition));

        Assert.Empty(NothingLost.Check(left, BriefTexts.All(parallel.Brief, languages[0], FrameKind.Neutral), inOrder: false));
        Assert.Empty(NothingLost.Check(right, BriefTexts.All(parallel.Brief, languages[1], FrameKind.Neutral), inOrder: false));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void No_line_is_wider_than_its_column(string edition)
    {
        using var pdf = PdfDocument.Open(parallel.Pdf(edition));
        foreach (var page in pdf.GetPages())
        {
            var middle = page.Width / 2;
            var gutter = Briefing.Composition.ParallelComposer.Gutter / 2;
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var (from, to) = (letter.StartBaseLine.X, letter.EndBaseLine.X);
                var where = $"'{letter.Value}' on page {page.Number} at {from:0.#}..{to:0.#}";
                if (from < middle)
                {
                    Assert.True(from >= Margin - 0.5 && to <= middle - gutter + 0.5, where);
                }
                else
                {
                    Assert.True(from >= middle + gutter - 0.5 && to <= page.Width - Margin + 0.5, where);
                }
            }
        }
    }

    [Theory]
    [InlineData("ko+en", "요약", "Summary")]
    [InlineData("ko+en", "참석자", "Participants")]
    [InlineData("en+fr", "Summary", "Résumé")]
    [InlineData("en+fr", "Sources", "Sources")]
    public void Each_heading_sits_level_with_its_counterpart(string edition, string left, string right)
    {
        using var pdf = PdfDocument.Open(parallel.Pdf(edition));
        var found = false;
        foreach (var page in pdf.GetPages())
        {
            var middle = page.Width / 2;
            var words = page.GetWords().ToList();
            var l = words.FirstOrDefault(w => w.Text == left && w.BoundingBox.Left < middle);
            var r = words.FirstOrDefault(w => w.Text == right && w.BoundingBox.Left > middle);
            if (l is null || r is null)
                continue;
            found = true;
            Assert.Equal(l.Letters[0].StartBaseLine.Y, r.Letters[0].StartBaseLine.Y, 1.5);
        }

        Assert.True(found, $"no page has '{left}' on the left and '{right}' on the right");
    }

    [Theory]
    [InlineData("ko+en", "ko-KR", "en-CA")]
    [InlineData("en+fr", "en-CA", "fr-CA")]
    public void Each_column_is_one_structure_element_in_its_language_and_the_document_speaks_the_first(string edition, string left, string right)
    {
        var text = Encoding.Latin1.GetString(parallel.Pdf(edition));

        var columns = Regex.Matches(text, @"/S/Div/P \d+ 0 R(?:/Pg \d+ 0 R)?/Lang\(([A-Za-z-]+)\)").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal([left, right], columns);
        Assert.Matches($@"/Type/Catalog[^\n]*/Lang\({left}\)", text);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_pdf_is_clean_subset_and_the_same_bytes_every_time(string edition)
    {
        var pdf = parallel.Pdf(edition);

        var check = PdfTools.QpdfCheck(pdf);
        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain("WARNING", check.Output + check.Error, StringComparison.OrdinalIgnoreCase);
        foreach (var row in PdfTools.PdfFonts(pdf).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2))
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["yes", "yes", "yes"], columns[^5..^2]);
            Assert.Matches("^[A-Z]{6}\\+", columns[0]);
        }

        Assert.Equal(pdf, parallel.Render(edition));
    }

    [Fact]
    public void The_paper_is_the_first_languages_unless_the_brief_names_one()
    {
        // The summit brief names no paper: Korean first is A4, English first is US Letter.
        Assert.Contains("(A4)", PdfTools.PdfInfoField(parallel.Pdf("ko+en"), "Page size"), StringComparison.Ordinal);
        Assert.Contains("(letter)", PdfTools.PdfInfoField(parallel.Pdf("en+fr"), "Page size"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_outline_lists_each_section_once_in_both_languages()
    {
        using var pdf = PdfDocument.Open(parallel.Pdf("ko+en"));

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.Roots.Select(n => n.Title).ToList();
        Assert.Contains("1. 요약 / Summary", titles);
        Assert.Equal(titles.Count, titles.Distinct().Count());
    }

    /// <summary>
    /// The text of each column, pages separated by form feeds as pdftotext separates them. Letters come in the
    /// order they are drawn, and a pair draws its left side, then its right, so each column reads in order.
    /// </summary>
    private static (string Left, string Right) ColumnTexts(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var left = new StringBuilder();
        var right = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            var middle = page.Width / 2;
            foreach (Letter letter in page.Letters)
                (letter.StartBaseLine.X < middle ? left : right).Append(letter.Value);
            left.Append('\f');
            right.Append('\f');
        }

        return (left.ToString(), right.ToString());
    }
}
