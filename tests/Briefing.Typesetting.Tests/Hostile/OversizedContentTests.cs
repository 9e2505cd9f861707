using System.Text;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Support;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Tests.Hostile;

/// <summary>Content larger than its room, set with the real fonts: it breaks and splits, it never fails.</summary>
public sealed class OversizedContentTests : IDisposable
{
    private readonly Typesetter _typesetter = new(DefaultFonts.Load());
    private readonly TextStyle _style = new() { FontFamily = "Noto Sans, NanumGothic", FontSize = 10 };

    public void Dispose() => _typesetter.Dispose();

    [Theory]
    [InlineData('x', 100)]
    [InlineData('W', 150)]
    [InlineData('가', 80)]
    public void A_word_of_500_characters_breaks_into_lines_that_fit_and_keep_every_character(char letter, double width)
    {
        // Given
        var word = new string(letter, 500);

        // When
        var layout = _typesetter.LayOut([new TextSpan(word, _style)], new ParagraphStyle(), width);

        // Then
        Assert.True(layout.Lines.Count > 5, $"{layout.Lines.Count} lines");
        Assert.All(layout.Lines, line => Assert.True(line.Width <= width + 0.001, $"a line of {line.Width} pt in {width} pt"));
        Assert.Equal(word, string.Concat(layout.Lines.Select(l => l.Text)));
    }

    [Fact]
    public void A_500_character_url_like_word_breaks_too()
    {
        var word = "https://example.org/" + string.Concat(Enumerable.Repeat("segment-", 61)).TrimEnd('-');
        Assert.True(word.Length >= 500);

        var layout = _typesetter.LayOut([new TextSpan(word, _style)], new ParagraphStyle(), 120);

        Assert.All(layout.Lines, line => Assert.True(line.Width <= 120.001));
        Assert.Equal(word, string.Concat(layout.Lines.Select(l => l.Text)));
    }

    [Fact]
    public void A_table_row_taller_than_a_page_splits_across_pages_and_writes_a_pdf()
    {
        // Given a table whose second row holds a paragraph about four pages tall, beside a short cell
        var text = new StringBuilder();
        for (var i = 0; i < 120; i++)
        {
            text.Append($"Sentence {i} of a very long cell that no page can hold. ");
        }

        var table = Briefing.Typesetting.Fluent.Blocks.Table(t =>
        {
            t.Columns(c => c.Relative(1).Relative(3));
            t.Header(h => h.Cell(_typesetter.Paragraph("Name", _style)).Cell(_typesetter.Paragraph("Note", _style)));
            t.Cell(_typesetter.Paragraph("First", _style)).Cell(_typesetter.Paragraph("Short", _style));
            t.Cell(_typesetter.Paragraph("Second", _style)).Cell(_typesetter.Paragraph(text.ToString(), _style));
            t.Cell(_typesetter.Paragraph("Third", _style)).Cell(_typesetter.Paragraph("After the tall row", _style));
        });
        var document = new Document
        {
            Page = new PageSetup(new Size(300, 300), Thickness.All(20)),
            Body = table,
            Metadata = new DocumentMetadata { Title = "tall row" },
        };

        // When
        var pages = document.LayOut();
        var pdf = document.GeneratePdf();

        // Then: several pages, every sentence drawn once, the last row after them
        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        var drawn = string.Concat(pages.SelectMany(p => p.Commands).OfType<DrawCommand.Text>().Select(t => t.Run.Text));
        // The header row repeats at the top of each page, so it may stand between two words of the cell.
        var squeezed = drawn.Replace(" ", "", StringComparison.Ordinal).Replace("NameNote", "", StringComparison.Ordinal);
        Assert.Equal(pages.Count, drawn.Split("NameNote").Length - 1);
        for (var i = 0; i < 120; i++)
        {
            Assert.Contains($"Sentence{i}of", squeezed, StringComparison.Ordinal);
        }

        Assert.True(squeezed.IndexOf("Sentence119", StringComparison.Ordinal) < squeezed.IndexOf("Afterthetallrow", StringComparison.Ordinal));
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }
}
