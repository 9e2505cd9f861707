using Briefing.Composition;
using Briefing.Composition.Frames;
using Briefing.Loading;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Tests.Samples;
using Briefing.Typesetting.Tests.Support;

namespace Briefing.Tests.Composition;

/// <summary>
/// One structure element per logical element, whatever the pages it crosses: a section, table, list or list
/// item cut by a page break is still one element (read back with <c>pdfinfo -struct-text</c>).
/// </summary>
public sealed class StructureAcrossPagesTests(SummitRendering summit) : IClassFixture<SummitRendering>
{
    public static TheoryData<string> Languages => new() { "ko", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_section_of_the_summit_brief_is_one_sect_that_starts_with_its_heading(string language)
    {
        // Given the summit brief in the neutral note, whose participants table and questions cross pages
        var pdf = summit.NeutralPdf(language);
        Assert.True(int.Parse(PdfTools.PdfInfoField(pdf, "Pages")!, System.Globalization.CultureInfo.InvariantCulture) > 1);

        // When
        var sections = Tree(pdf).Children.Single().Children.Where(n => n.Role == "Sect").ToList();

        // Then one Sect per numbered section, each with its H1 first
        Assert.Equal(BriefComposer.SectionTitles(summit.Brief, language).Count, sections.Count);
        Assert.All(sections, section => Assert.Equal("H1", section.Children[0].Role));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_participants_table_is_one_table_with_its_header_row_once(string language)
    {
        var sections = Tree(summit.NeutralPdf(language)).Children.Single().Children.Where(n => n.Role == "Sect").ToList();

        var tables = sections.SelectMany(s => s.Descendants()).Where(n => n.Role == "Table").ToList();
        var participants = Assert.Single(tables, t => t.Descendants().Any(n => n.Role == "TH"));
        var header = participants.Children[0];
        Assert.All(header.Children, cell => Assert.Equal("TH", cell.Role));
        Assert.Single(participants.Children, row => row.Text == header.Text);
        // Later rows hold data cells, or are a delegation's row header: one TH across the row (its /Scope /Row
        // is checked by PdfUaCheckTests).
        Assert.All(participants.Children.Skip(1), row =>
            Assert.True(row.Children.All(cell => cell.Role == "TD") || row.Children is [{ Role: "TH" }], row.Text));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void In_a_long_brief_each_list_is_one_list_with_one_item_per_entry(string language)
    {
        // Given 40 agreements and 40 questions, over many pages
        var (yaml, _, _) = LongBriefs.Build(agreements: 40, questions: 40);
        // The neutral note's structure: its agreements and questions are lists (a report makes them 가. headings).
        var pdf = LongBriefLayoutTests.Render(yaml, language, FrameKind.Neutral);
        Assert.True(int.Parse(PdfTools.PdfInfoField(pdf, "Pages")!, System.Globalization.CultureInfo.InvariantCulture) >= 10);

        // When
        var sections = Tree(pdf).Children.Single().Children.Where(n => n.Role == "Sect").ToList();

        // Then the agreements and the questions are each one Sect holding one L of 40 LI
        Assert.Equal(BriefComposer.SectionTitles(new BriefLoader().Load(yaml, "long.yaml").Brief!, language).Count, sections.Count);
        var lists = sections.Select(s => s.Children.Where(n => n.Role == "L").ToList()).Where(l => l.Count > 0).ToList();
        Assert.Equal(2, lists.Count);
        Assert.All(lists, l => Assert.Equal(40, Assert.Single(l).Children.Count(n => n.Role == "LI")));
        // and every item is one LI with one label and one body
        Assert.All(lists.SelectMany(l => l[0].Children), item => Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Role)));
        // and every question's one "related" link is one Link element, even where it wraps
        Assert.Equal(40, sections.SelectMany(s => s.Descendants()).Count(n => n.Role == "Link"));
    }

    private static StructNode Tree(byte[] pdf) => StructNode.Parse(PdfTools.PdfInfo(pdf, "-struct-text").Output);
}
