using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// A report built with the public engine API only: numbered sections of a heading, justified Korean and
/// English paragraphs, a bulleted list and a four-column table with a repeated header, plus a running
/// header and a page-number footer. Its length is given in sections (<see cref="SectionsFor"/>: the fewest whole
/// sections that make a number of pages, so its last page is anywhere from nearly empty to full) or in blocks,
/// the ten parts of a section in reading order (<see cref="FullPages"/>: the most blocks that make a number of
/// pages, so every page, the last included, is full to within one block).
/// </summary>
public static class SampleDocument
{
    private const string Family = "Noto Sans, NanumGothic";
    private static readonly TextStyle Body = new() { FontFamily = Family, FontSize = 10 };
    private static readonly TextStyle Heading = new() { FontFamily = Family, FontSize = 14, Weight = 700 };
    private static readonly TextStyle Small = new() { FontFamily = Family, FontSize = 8, Color = Color.FromHex("#555555") };
    private static readonly TextStyle CellHead = new() { FontFamily = Family, FontSize = 9, Weight = 700 };
    private static readonly TextStyle Cell = new() { FontFamily = Family, FontSize = 9 };
    private static readonly ParagraphStyle Justified = new() { Alignment = TextAlignment.Justify, LineHeight = 1.6 };
    private static readonly ParagraphStyle Plain = new() { LineHeight = 1.4 };
    private static readonly PageSetup A4 = new(Size.A4, new Thickness(56, 56, 56, 56));

    /// <summary>
    /// The blocks of a section, in reading order: its heading, its two paragraphs, its three list items and its
    /// table's four rows (the table's header comes with its first row). A section cut after any block draws the
    /// same text as the whole section up to there: the text is drawn from the section's random sequence in that order.
    /// </summary>
    public const int BlocksPerSection = 10;

    /// <summary>A document of <paramref name="sections"/> sections; the tree is spent by one layout.</summary>
    public static Document Build(Typesetter typesetter, int sections) => BuildBlocks(typesetter, sections * BlocksPerSection);

    /// <summary>
    /// A document of <paramref name="blocks"/> blocks (<see cref="BlocksPerSection"/> to a section, the last section
    /// cut after its last block); the tree is spent by one layout.
    /// </summary>
    public static Document BuildBlocks(Typesetter typesetter, int blocks) => new()
    {
        Page = A4,
        Metadata = new DocumentMetadata { Title = "벤치마크 보고서 / Benchmark report", Language = "ko-KR" },
        Header = _ => typesetter.Paragraph("한-캐나다 정상회담 참고자료 · Korea–Canada summit notes", Small, Plain, role: null).Artifact(),
        Footer = page => typesetter.Paragraph($"- {page.PageNumber} -", Small, Plain with { Alignment = TextAlignment.Center }, role: null).Artifact(),
        Body = Blocks.Column(column =>
        {
            column.Spacing(8);
            for (var s = 0; s * BlocksPerSection < blocks; s++)
                column.Item(Section(typesetter, s, Math.Min(BlocksPerSection, blocks - (s * BlocksPerSection))));
        }),
    };

    /// <summary>How many sections make a document of exactly <paramref name="pages"/> pages (laying it out a few times).</summary>
    public static int SectionsFor(Typesetter typesetter, int pages)
    {
        var probe = 20;
        var perPage = probe / (double)Build(typesetter, probe).LayOut().Count;
        var sections = Math.Max(1, (int)Math.Round(pages * perPage));
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var count = Build(typesetter, sections).LayOut().Count;
            if (count == pages)
                return sections;
            sections += count < pages ? 1 : -1;
        }

        throw new InvalidOperationException($"No section count gives exactly {pages} pages.");
    }

    /// <summary>
    /// The most blocks that make a document of exactly <paramref name="pages"/> pages (laying it out a few times):
    /// one block more starts another page, so the last page is as full as the others, to within one block (at
    /// most a five-sentence paragraph or a table row). A comparison of two lengths in whole sections compares
    /// their text, not their pages: 6 sections make 5 pages but hold 4.4 pages of text.
    /// </summary>
    public static int FullPages(Typesetter typesetter, int pages)
    {
        int Pages(int blocks) => BuildBlocks(typesetter, blocks).LayOut().Count;

        // Bracket the answer between a count that fits (low) and one that makes more pages (high), then halve.
        var low = Math.Max(1, (SectionsFor(typesetter, pages) - 1) * BlocksPerSection);
        while (Pages(low) > pages && low > 1)
            low = Math.Max(1, low - BlocksPerSection);
        var high = low + BlocksPerSection;
        while (Pages(high) <= pages)
            (low, high) = (high, high + BlocksPerSection);
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (Pages(middle) <= pages)
                low = middle;
            else
                high = middle;
        }

        if (Pages(low) != pages)
            throw new InvalidOperationException($"No block count gives exactly {pages} pages.");
        return low;
    }

    /// <summary>Section <paramref name="index"/>, its first <paramref name="blocks"/> blocks (see <see cref="BlocksPerSection"/>).</summary>
    private static Element Section(Typesetter typesetter, int index, int blocks)
    {
        var random = new Random(index);
        return Blocks.Column(column =>
        {
            column.Spacing(6);
            column.Item(typesetter.Paragraph($"{index + 1}. 주요 논의 결과 — Key outcomes", Heading, Plain, StructureRole.H2).KeepWithNext());
            if (blocks > 1)
                column.Item(typesetter.Paragraph(SampleText.MixedParagraph(random, 5), Body, Justified));
            if (blocks > 2)
                column.Item(typesetter.Paragraph(SampleText.MixedParagraph(random, 4), Body, Justified));
            if (blocks > 3)
            {
                column.Item(Blocks.List(list =>
                {
                    list.LabelWidth(12).Gap(4).Spacing(3);
                    for (var i = 0; i < Math.Min(3, blocks - 3); i++)
                        list.Item(typesetter.Paragraph("•", Body, Plain, role: null), typesetter.Paragraph(SampleText.MixedParagraph(random, 1), Body, Plain));
                }));
            }

            if (blocks > 6)
                column.Item(Table(typesetter, random, Math.Min(4, blocks - 6)));
        });
    }

    private static Element Table(Typesetter typesetter, Random random, int rows) => Blocks.Table(table =>
    {
        table.Columns(c => c.Constant(70).Relative(2).Relative(3).Constant(60));
        table.CellStyle(c => c.Padding(4).Border(0.5, Color.FromHex("#999999")));
        table.Header(h =>
        {
            h.Cell(typesetter.Paragraph("분야 Area", CellHead, Plain, StructureRole.TH), c => c.Background(Color.FromHex("#EEEEEE")));
            h.Cell(typesetter.Paragraph("합의 Agreement", CellHead, Plain, StructureRole.TH), c => c.Background(Color.FromHex("#EEEEEE")));
            h.Cell(typesetter.Paragraph("세부 내용 Details", CellHead, Plain, StructureRole.TH), c => c.Background(Color.FromHex("#EEEEEE")));
            h.Cell(typesetter.Paragraph("기한 Due", CellHead, Plain, StructureRole.TH), c => c.Background(Color.FromHex("#EEEEEE")));
        });
        for (var row = 0; row < rows; row++)
        {
            table.Cell(typesetter.Paragraph(row % 2 == 0 ? "핵심 광물" : "Clean energy", Cell, Plain, StructureRole.TD));
            table.Cell(typesetter.Paragraph(SampleText.MixedParagraph(random, 1), Cell, Plain, StructureRole.TD));
            table.Cell(typesetter.Paragraph(SampleText.MixedParagraph(random, 2), Cell, Plain, StructureRole.TD));
            table.Cell(typesetter.Paragraph($"2026. {row + 1}.", Cell, Plain, StructureRole.TD));
        }
    });
}
