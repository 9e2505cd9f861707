using Briefing.Composition.Frames;
using Briefing.Localization;
using Briefing.Model;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Rendering;
using Briefing.Tests.Shared;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

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

    [Theory]
    [MemberData(nameof(Editions))]
    public void Each_table_row_starts_level_with_its_counterpart(string edition)
    {
        using var pdf = PdfDocument.Open(parallel.Pdf(edition));
        var rows = 0;
        foreach (var page in pdf.GetPages())
        {
            var (leftX, rightX) = ColumnStarts(page);
            var left = RowTops(page, leftX);
            var right = RowTops(page, rightX);

            Assert.True(left.Count == right.Count, $"page {page.Number}: {left.Count} rows on the left, {right.Count} on the right");
            for (var i = 0; i < left.Count; i++)
                Assert.True(Math.Abs(left[i] - right[i]) <= 1, $"page {page.Number}: row {i + 1} starts at {left[i]:0.#} on the left, {right[i]:0.#} on the right");
            rows += left.Count;
        }

        // Every participant and timeline row was seen (a row that splits is counted on each page)
        Assert.True(rows >= parallel.Brief.Participants.Count + parallel.Brief.Timeline.Count, $"only {rows} rows found");
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Each_list_item_starts_level_with_its_counterpart(string edition)
    {
        var languages = Edition.Parse(edition).Languages;
        var brief = parallel.Brief;
        var (leftBullet, rightBullet) = (brief.ProfileFor(languages[0]).Lists.Bullet, brief.ProfileFor(languages[1]).Lists.Bullet);
        using var pdf = PdfDocument.Open(parallel.Pdf(edition));

        // Item labels at the start of a column: prose bullets, numbered agreements and questions, sources.
        // A label sits a fixed distance below its item's top (one style per column and kind of list), so items are
        // level exactly when the gap between the two labels' baselines is the same for every pair.
        var kinds = new (string Name, Func<string, bool> Left, Func<string, bool> Right, int Least)[]
        {
            ("bullets", w => w.StartsWith(leftBullet, StringComparison.Ordinal), w => w.StartsWith(rightBullet, StringComparison.Ordinal), 3),
            ("numbered items", IsItemNumber, IsItemNumber, brief.Agreements.Count + brief.Questions.Count),
            ("sources", w => w.StartsWith('['), w => w.StartsWith('['), brief.Sources.Count),
            // The bullets of a question's context, inside the item: paired one by one too
            ("nested bullets", _ => false, _ => false, brief.Questions.Sum(q => q.Context is { } c ? BulletLists(c.Get(languages[0])).Sum() : 0)),
        };
        foreach (var (name, isLeft, isRight, least) in kinds)
        {
            var gaps = new List<(int Page, double Gap)>();
            foreach (var page in pdf.GetPages())
            {
                var (leftX, rightX) = ColumnStarts(page);
                var left = LabelBaselines(page, leftX, isLeft);
                var right = LabelBaselines(page, rightX, isRight);
                if (name == "nested bullets")
                {
                    left = NestedBullets(page, leftX, leftBullet);
                    right = NestedBullets(page, rightX, rightBullet);
                }

                Assert.True(left.Count == right.Count, $"{name}, page {page.Number}: {left.Count} labels on the left, {right.Count} on the right");
                for (var i = 0; i < left.Count; i++)
                    gaps.Add((page.Number, left[i] - right[i]));
            }

            Assert.True(gaps.Count >= least, $"{name}: {gaps.Count} pairs found, expected at least {least}");
            foreach (var (page, gap) in gaps)
                Assert.True(Math.Abs(gap - gaps[0].Gap) <= 1, $"{name}: an item on page {page} is {gap - gaps[0].Gap:0.#} pt off its counterpart (the first pair's gap is {gaps[0].Gap:0.#})");
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Each_column_has_one_table_per_table_and_one_list_per_list_with_all_their_rows(string edition)
    {
        var languages = Edition.Parse(edition).Languages;
        var brief = parallel.Brief;
        var tree = PdfTools.PdfInfo(parallel.Pdf(edition), "-struct").Output;
        var columns = ColumnStructure(tree);
        // The L elements deeper in each column than its own children
        var nestedLists = tree.Split("\n  Div").Skip(1).Select(div => div.Split('\n').Count(l => l.StartsWith("      ", StringComparison.Ordinal) && l.TrimStart().StartsWith("L (", StringComparison.Ordinal))).ToList();
        Assert.Equal(2, columns.Count);

        var groups = brief.Delegations.Count(d => brief.Participants.Any(p => p.Delegation?.Value == d.Id.Value))
            + (brief.Participants.Any(p => p.Delegation is null || brief.Delegations.All(d => d.Id.Value != p.Delegation.Value)) ? 1 : 0);
        for (var c = 0; c < 2; c++)
        {
            var language = languages[c];
            var tables = columns[c].Where(e => e.Role == "Table").Select(e => e.Rows).ToList();
            var lists = columns[c].Where(e => e.Role == "L").Select(e => e.Rows).ToList();

            // The key facts, the participants (header, a group row per delegation, a row per person) and the timeline
            Assert.Equal(3, tables.Count);
            Assert.Equal(1 + groups + brief.Participants.Count, tables[1]);
            Assert.Equal(brief.Timeline.Count, tables[2]);
            // The summary's bullet lists, the agreements, the questions, the sections' bullet lists and the sources, each whole
            var expected = new List<int>();
            expected.AddRange(BulletLists(brief.Summary.Get(language)));
            expected.Add(brief.Agreements.Count);
            expected.Add(brief.Questions.Count);
            foreach (var section in brief.Sections)
                expected.AddRange(BulletLists(section.Body.Get(language)));
            expected.Add(brief.Sources.Count);
            Assert.Equal(expected, lists);
            // and the lists inside items (a question's bullets, paired one by one) are one L each, too
            var inside = brief.Questions.Sum(q => q.Context is { } p ? BulletLists(p.Get(language)).Count() : 0)
                + brief.Agreements.Sum(a => BulletLists(a.Summary.Get(language)).Count())
                + brief.Participants.Sum(p => p.Note is { } n ? BulletLists(n.Get(language)).Count() : 0);
            Assert.Equal(expected.Count + inside, lists.Count + nestedLists[c]);
        }
    }

    [Fact]
    public void The_korean_column_of_an_unclassified_brief_has_no_band_as_a_korean_report_has_none()
    {
        var unclassified = DocumentStrings.For("ko").Classification(Classification.Unclassified);
        Assert.Equal(Classification.Unclassified, parallel.Brief.Classification);

        var (korean, english) = ColumnTexts(parallel.Pdf("ko+en"));
        var (_, french) = ColumnTexts(parallel.Pdf("en+fr"));

        Assert.DoesNotContain(unclassified, korean, StringComparison.Ordinal);
        // The other columns keep the neutral frame's band, top and bottom of every page
        Assert.Equal(2 * english.Count(ch => ch == '\f'), Regex.Matches(english, "UNCLASSIFIED").Count);
        Assert.Equal(2 * french.Count(ch => ch == '\f'), Regex.Matches(french, "NON CLASSIFIÉ").Count);
    }

    [Fact]
    public void The_korean_column_of_a_classified_brief_is_marked_on_every_page()
    {
        var brief = parallel.Brief with { Classification = Classification.Confidential };

        var (korean, _) = ColumnTexts(parallel.Renderer.Render(brief, Edition.Parse("ko+en"), null, Briefing.Typesetting.Pdf.PdfStandards.None, []));

        var marking = DocumentStrings.For("ko").Classification(Classification.Confidential);
        Assert.Equal(2 * korean.Count(ch => ch == '\f'), Regex.Matches(korean, marking).Count);
    }

    [Fact]
    public void A_bullet_one_language_lacks_stands_alone_and_the_others_still_pair()
    {
        // Given the summary's English bullet list without its last item
        var brief = parallel.Brief;
        var english = brief.Summary.Get("en");
        var blocks = english.Blocks.Select(b => b is ProseBulletList list ? new ProseBulletList(list.Items.Take(list.Items.Count - 1).ToList()) : b).ToList();
        var byLanguage = new Dictionary<string, Prose>(brief.Summary.ByLanguage) { ["en"] = new Prose(blocks) };
        var drifted = brief with { Summary = brief.Summary with { ByLanguage = byLanguage } };
        var bullets = english.Blocks.OfType<ProseBulletList>().Single().Items.Count;

        using var pdf = PdfDocument.Open(parallel.Renderer.Render(drifted, Edition.Parse("ko+en"), null, Briefing.Typesetting.Pdf.PdfStandards.None, []));
        var page = pdf.GetPage(1);
        var (leftX, rightX) = ColumnStarts(page);
        var left = LabelBaselines(page, leftX, w => w.StartsWith(brief.ProfileFor("ko").Lists.Bullet, StringComparison.Ordinal));
        var right = LabelBaselines(page, rightX, w => w.StartsWith(brief.ProfileFor("en").Lists.Bullet, StringComparison.Ordinal));

        // Then the Korean list keeps all its items, the English one fewer, and the pairs that exist start level
        Assert.Equal(bullets, left.Count);
        Assert.Equal(bullets - 1, right.Count);
        for (var i = 1; i < right.Count; i++)
            Assert.Equal(left[i] - right[i], left[0] - right[0], 1.0);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void A_later_paragraph_inside_an_item_starts_level_with_its_counterpart(string edition)
    {
        var languages = Edition.Parse(edition).Languages;
        var brief = parallel.Brief;
        using var pdf = PdfDocument.Open(parallel.Pdf(edition));
        // Running text starts level at the summary (a pair of paragraphs): the gap between the two first baselines
        // there is the gap for any pair of running-text paragraphs that start level.
        var summary = Baselines(pdf, languages, l => (ProseParagraph)brief.Summary.Get(l).Blocks[0], indented: false);

        // The second paragraph of the first agreement's summary, and the last of the third question's context
        var agreement = Baselines(pdf, languages, l => (ProseParagraph)brief.Agreements[0].Summary.Get(l).Blocks[1], indented: true);
        var question = Baselines(pdf, languages, l => (ProseParagraph)brief.Questions[2].Context!.Get(l).Blocks[^1], indented: true);

        foreach (var (name, pair) in new[] { ("agreement", agreement), ("question", question) })
        {
            Assert.True(pair.Left.Page == pair.Right.Page, $"{name}: page {pair.Left.Page} on the left, {pair.Right.Page} on the right");
            Assert.Equal(summary.Left.Y - summary.Right.Y, pair.Left.Y - pair.Right.Y, 1.0);
        }
    }

    // Where a paragraph starts in each column: the page and first baseline of the first line that begins with its
    // first word, at the column's start or indented (inside an item).
    private static ((int Page, double Y) Left, (int Page, double Y) Right) Baselines(PdfDocument pdf, IReadOnlyList<string> languages, Func<string, ProseParagraph> paragraph, bool indented)
    {
        (int, double)? Find(int side)
        {
            // The first two words, so that a common first word ("The") is not taken for another paragraph's
            var words = paragraph(languages[side]).PlainText.Replace('\'', '’').Split(' ');
            foreach (var page in pdf.GetPages())
            {
                var x = side == 0 ? ColumnStarts(page).Left : ColumnStarts(page).Right;
                var all = page.GetWords().ToList();
                var word = all
                    .Where(w => w.Text == words[0] && (indented ? w.Letters[0].StartBaseLine.X > x + 5 && w.Letters[0].StartBaseLine.X < x + 40 : Math.Abs(w.Letters[0].StartBaseLine.X - x) < 1))
                    .Where(w => all.Any(n => n.Text == words[1] && Math.Abs(n.Letters[0].StartBaseLine.Y - w.Letters[0].StartBaseLine.Y) < 0.5 && n.BoundingBox.Left > w.BoundingBox.Right))
                    .OrderByDescending(w => w.Letters[0].StartBaseLine.Y)
                    .FirstOrDefault();
                if (word is not null)
                    return (page.Number, word.Letters[0].StartBaseLine.Y);
            }

            return null;
        }

        var left = Find(0);
        var right = Find(1);
        Assert.True(left is not null && right is not null, $"'{paragraph(languages[0]).PlainText[..20]}' or its counterpart not found");
        return (left!.Value, right!.Value);
    }

    private static bool IsItemNumber(string word) => Regex.IsMatch(word, @"^(\d+\.\d+|[가-힣]\.)$");

    private static IEnumerable<int> BulletLists(Prose prose) => prose.Blocks.OfType<ProseBulletList>().Select(l => l.Items.Count);

    // Where each column's text starts: the body's left margin, and past the middle of the gutter.
    private static (double Left, double Right) ColumnStarts(Page page) =>
        (Margin, page.Width / 2 + Briefing.Composition.ParallelComposer.Gutter / 2);

    /// <summary>The tops of the table rows in the column starting at <paramref name="x"/>, top first: each row's first cell frame.</summary>
    private static List<double> RowTops(Page page, double x) =>
        page.Paths
            .Where(p => p.IsStroked)
            .Select(p => p.GetBoundingRectangle())
            .OfType<PdfRectangle>()
            .Where(b => Math.Abs(b.Left - x) < 1 && b.Height > 5)
            .Select(b => Math.Round(b.Top, 1))
            .Distinct()
            .OrderByDescending(t => t)
            .ToList();

    /// <summary>The baselines of the words at the start of the column at <paramref name="x"/> that <paramref name="label"/> accepts, top first.</summary>
    private static List<double> LabelBaselines(Page page, double x, Func<string, bool> label) =>
        page.GetWords()
            .Where(w => Math.Abs(w.Letters[0].StartBaseLine.X - x) < 1 && label(w.Text))
            .Select(w => w.Letters[0].StartBaseLine.Y)
            .OrderByDescending(y => y)
            .ToList();

    /// <summary>The baselines of the bullets in the column at <paramref name="x"/> that sit inside an item (not at the column's start), top first.</summary>
    private static List<double> NestedBullets(Page page, double x, string bullet) =>
        page.Letters
            .Where(l => l.Value == bullet && l.StartBaseLine.X > x + 1 && l.StartBaseLine.X < x + 60)
            .Select(l => l.StartBaseLine.Y)
            .OrderByDescending(y => y)
            .ToList();

    /// <summary>Each Div's children in the structure tree as <c>pdfinfo -struct</c> prints it, with how many TR or LI each holds.</summary>
    private static List<List<(string Role, int Rows)>> ColumnStructure(string tree)
    {
        var columns = new List<List<(string Role, int Rows)>>();
        foreach (var line in tree.Split('\n'))
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            var role = line.Trim().Split(' ', ':')[0];
            if (indent == 2 && role == "Div")
                columns.Add([]);
            else if (indent == 4 && columns.Count > 0)
                columns[^1].Add((role, 0));
            else if (indent == 6 && role is "TR" or "LI" && columns.Count > 0 && columns[^1].Count > 0)
                columns[^1][^1] = (columns[^1][^1].Role, columns[^1][^1].Rows + 1);
        }

        return columns;
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
