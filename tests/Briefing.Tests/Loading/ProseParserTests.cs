using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Model;

namespace Briefing.Tests.Loading;

public sealed class ProseParserTests
{
    private static (Prose Prose, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var prose = new ProseParser().Parse(text, "summary", (line, column) => new SourceSpan("f", line + 1, column + 1), bag);
        return (prose, bag.ToSortedList());
    }

    private static IReadOnlyList<ProseInline> Runs(string text)
    {
        var (prose, diagnostics) = Parse(text);
        Assert.Empty(diagnostics);
        return Assert.IsType<ProseParagraph>(Assert.Single(prose.Blocks)).Inlines;
    }

    [Fact]
    public void Bold_inside_italic_sets_both_styles()
    {
        Assert.Equal(
            [
                new ProseInline("a ", false, true, null),
                new ProseInline("b", true, true, null),
                new ProseInline(" c", false, true, null),
            ],
            Runs("*a **b** c*"));
    }

    [Fact]
    public void Underscores_mark_italic_and_bold_too()
    {
        Assert.Equal([new ProseInline("x", false, true, null), new ProseInline(" ", false, false, null), new ProseInline("y", true, false, null)], Runs("_x_ __y__"));
    }

    [Fact]
    public void A_styled_link_keeps_its_url_on_every_run()
    {
        Assert.Equal(
            [
                new ProseInline("see ", false, false, "https://a.example/"),
                new ProseInline("this", true, false, "https://a.example/"),
            ],
            Runs("[see **this**](https://a.example/)"));
    }

    [Fact]
    public void Autolinks_and_mail_links_are_links()
    {
        Assert.Equal([new ProseInline("https://a.example/x", false, false, "https://a.example/x")], Runs("<https://a.example/x>"));
        Assert.Equal([new ProseInline("write", false, false, "mailto:desk@example.org")], Runs("[write](mailto:desk@example.org)"));
    }

    [Fact]
    public void Entities_become_their_characters()
    {
        Assert.Equal("Korea & Canada", Runs("Korea &amp; Canada")[0].Text);
    }

    [Fact]
    public void Paragraphs_are_separated_by_a_blank_line()
    {
        var (prose, diagnostics) = Parse("one\n\ntwo\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["one", "two"], prose.Blocks.Cast<ProseParagraph>().Select(p => p.PlainText));
    }

    [Theory]
    [InlineData("## Heading", "summary: headings are not allowed in prose")]
    [InlineData("> quoted", "summary: block quotes are not allowed in prose")]
    [InlineData("```\ncode\n```", "summary: code blocks are not allowed in prose")]
    [InlineData("---", "summary: horizontal rules are not allowed in prose")]
    [InlineData("| a | b |\n| - | - |\n| 1 | 2 |", "summary: tables are not allowed in prose")]
    [InlineData("a <b>bold</b>", "summary: HTML tags are not allowed in prose")]
    [InlineData("- one\n\n  two", "summary: several paragraphs in one bullet are not allowed in prose")]
    public void Other_markup_is_rejected_with_its_name(string text, string message)
    {
        var (_, diagnostics) = Parse(text);

        Assert.Equal(message, diagnostics[0].Message);
        Assert.All(diagnostics, d => Assert.Equal("BRF060", d.Code));
    }

    [Fact]
    public void A_problem_points_at_its_line_and_column_in_the_text()
    {
        var (_, diagnostics) = Parse("fine\n\nthen ![img](https://a.example/i.png)");

        Assert.Equal(new SourceSpan("f", 3, 6), Assert.Single(diagnostics).Span);
    }
}
