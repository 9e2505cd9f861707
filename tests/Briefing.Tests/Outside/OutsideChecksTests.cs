using System.Globalization;
using System.Text;
using Briefing.Composition.Frames;
using Briefing.Rendering;
using Briefing.Tests.Composition;
using Briefing.Tests.Shared;
using Briefing.Tests.Standards;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Samples;
using Briefing.Typesetting.Tests.Support;

namespace Briefing.Tests.Outside;

/// <summary>
/// The stress briefs judged from outside, with tools brief did not write (qpdf, poppler, MuPDF, Ghostscript,
/// PDFBox), in every frame and in their parallel edition: each renders, reads back whole and clean, keeps its
/// sections, tables and lists whole across page breaks, strands no heading at the foot of a page, never splits
/// a Korean word, never starts a French line with closing punctuation, and keeps the French no-break spaces.
/// </summary>
public sealed class OutsideChecksTests(OutsideRenders renders) : IClassFixture<OutsideRenders>
{
    public static TheoryData<string, string, string> Cases() => OutsideRenders.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_and_reads_back_clean_with_every_font_embedded_and_subset(string brief, string edition, string frame)
    {
        // When
        var pdf = renders.Pdf(brief, edition, frame);

        // Then qpdf finds nothing wrong, and pdffonts lists only embedded, subset fonts with a ToUnicode map
        PdfTools.AssertQpdfClean(pdf);
        var fonts = PdfTools.PdfFonts(pdf).Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line =>
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // name type [type2] encoding emb sub uni object ID: emb, sub and uni are the 6th to 4th from the end.
            Assert.True(columns[^5] == "yes" && columns[^4] == "yes" && columns[^3] == "yes", line);
        });
        Assert.Empty(PdfSafety.Check(pdf));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_field_reads_back_whole(string brief, string edition, string frame)
    {
        var loaded = renders.Brief(brief);
        var pdf = renders.Pdf(brief, edition, frame);
        var languages = edition.Split('+');

        // Each language of a parallel edition reads back from its own column: poppler crops the page to it.
        var width = double.Parse(PdfTools.PdfInfoField(pdf, "Page size")!.Split(' ')[0], CultureInfo.InvariantCulture);
        for (var column = 0; column < languages.Length; column++)
        {
            var text = languages.Length == 1
                ? PdfTools.PdfToText(pdf)
                : PdfTools.RunOnFile(pdf, "pdftotext", "-enc", "UTF-8", "-x", Invariant(column * width / 2), "-y", "0", "-W", Invariant(width / 2), "-H", "2000", "{file}", "-").Output;
            var fields = BriefTexts.All(loaded, languages[column], languages.Length > 1 ? FrameKind.Neutral : OutsideRenders.Frame(frame));
            var problems = NothingLost.Check(text, fields, inOrder: false);
            if (problems.Count > 0 && languages.Length == 1)
            {
                // A short field cut by a page break has the page's footer and the next header between its halves in
                // poppler's text; MuPDF's lines without the page furniture join them again.
                // A field counts as lost when neither reading finds it.
                var body = string.Join('\n', StextPages.Body(StextPages.Lines(pdf)).Select(l => l.Text));
                var again = NothingLost.Check(body, fields, inOrder: false).Select(FieldOf).ToHashSet();
                problems = problems.Where(p => again.Contains(FieldOf(p))).ToList();
            }
            Assert.True(problems.Count == 0, $"{languages[column]}:\n" + string.Join("\n", problems.Take(20)));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_section_table_or_list_is_cut_in_two(string brief, string edition, string frame)
    {
        var tree = StructNode.Parse(PdfTools.PdfInfo(renders.Pdf(brief, edition, frame), "-struct-text").Output);
        var problems = new List<string>();

        foreach (var node in tree.Descendants())
        {
            // A section starts with its heading.
            if (node.Role == "Sect" && (node.Children.Count == 0 || !node.Children[0].Role.StartsWith('H')))
                problems.Add($"a Sect starts with {node.Children.FirstOrDefault()?.Role ?? "nothing"}: {Short(node.Text)}");
            for (var i = 1; i < node.Children.Count; i++)
            {
                var (before, after) = (node.Children[i - 1], node.Children[i]);
                // Two lists side by side are one list cut in two (prose merges consecutive items into one list).
                if (before.Role == "L" && after.Role == "L")
                    problems.Add($"two lists in a row: {Short(before.Text)} | {Short(after.Text)}");
                // A table whose next sibling is a table with the same first row is one table cut at a page break.
                if (before.Role == "Table" && after.Role == "Table" && before.Children.Count > 0 && after.Children.Count > 0
                    && before.Children[0].Text == after.Children[0].Text)
                    problems.Add($"a table cut in two: {Short(before.Children[0].Text)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_heading_or_header_row_is_stranded_at_the_foot_of_a_page(string brief, string edition, string frame)
    {
        // Given the headings and header cells as the tag tree names them, and the lines as MuPDF reads them
        var pdf = renders.Pdf(brief, edition, frame);
        var tree = StructNode.Parse(PdfTools.PdfInfo(pdf, "-struct-text").Output);
        var headings = tree.Descendants()
            .Where(n => n.Role is "H" or "TH" || (n.Role.Length == 2 && n.Role[0] == 'H' && char.IsDigit(n.Role[1])))
            .Select(n => Squeeze(n.Text))
            .Where(t => t.Length > 0)
            .ToList();
        var body = StextPages.Body(StextPages.Lines(pdf));
        var pages = body.Select(l => l.Page).Distinct().Order().ToList();

        // When: the lowest line of each page but the last (in each column of a parallel edition)
        var stranded = new List<string>();
        foreach (var page in pages.Take(pages.Count - 1))
        {
            var lines = body.Where(l => l.Page == page && Squeeze(l.Text).Length > 0).ToList();
            foreach (var column in lines.GroupBy(l => edition.Contains('+') ? l.Left < 300 : true))
            {
                var lowest = column.MaxBy(l => l.Bottom)!;
                var last = column.Where(l => Math.Abs(l.Bottom - lowest.Bottom) < 1).ToList();
                // Then none of them is (part of) a heading set in bold
                foreach (var line in last)
                {
                    var text = Squeeze(line.Text);
                    if (line.Fonts.Any(f => f.Contains("Bold", StringComparison.Ordinal)) && text.Length > 1 && headings.Any(h => h.Contains(text, StringComparison.Ordinal)))
                        stranded.Add($"page {page}: \"{line.Text.Trim()}\"");
                }
            }
        }

        Assert.True(pages.Count > 0);
        Assert.True(stranded.Count == 0, "headings left at the foot of a page:\n" + string.Join("\n", stranded));
    }

    public static TheoryData<string, string, string> KoreanCases() => Only(c => c.Edition.Contains("ko", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(KoreanCases))]
    public void No_korean_word_is_split_across_lines(string brief, string edition, string frame)
    {
        // Given the brief as written: a Korean word is what stands between spaces there
        var source = File.ReadAllText(Path.Combine(OutsideRenders.Folder, brief + ".yaml"));
        var lines = StextPages.Lines(renders.Pdf(brief, edition, frame));
        var splits = new List<string>();
        var junctions = 0;

        for (var i = 1; i < lines.Count; i++)
        {
            // A line broken at a space ends with it; one that ends on a syllable, followed by one that starts on
            // a syllable, was broken inside a word unless the brief has a space (or a line end) there.
            var (before, after) = (lines[i - 1].Text, lines[i].Text.TrimStart());
            if (before.Length == 0 || after.Length == 0 || !IsHangul(before[^1]) || !IsHangul(after[0]))
                continue;
            junctions++;
            var left = before.Split(' ')[^1];
            var right = after.Split(' ')[0];
            if (source.Contains(left + right, StringComparison.Ordinal) && !source.Contains(left + " " + right, StringComparison.Ordinal)
                && !source.Contains(left + "\n", StringComparison.Ordinal) && !source.Contains(left + "\"", StringComparison.Ordinal))
                splits.Add($"page {lines[i].Page}: …{left} | {right}…");
        }

        Assert.True(junctions > 0 || brief == "careless-fr", "no line ends next to Korean text: the check would see nothing");
        Assert.True(splits.Count == 0, "Korean words split across lines:\n" + string.Join("\n", splits.Take(10)));
    }

    public static TheoryData<string, string, string> FrenchCases() => Only(c => c.Edition.Contains("fr", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(FrenchCases))]
    public void No_french_line_starts_with_closing_punctuation_or_ends_with_an_opening_guillemet(string brief, string edition, string frame)
    {
        var lines = StextPages.Lines(renders.Pdf(brief, edition, frame)).Select(l => l.Text.Trim()).Where(l => l.Length > 0).ToList();

        Assert.DoesNotContain(lines, line => line[0] is ':' or ';' or '!' or '?' or '\u00BB');
        Assert.DoesNotContain(lines, line => line[^1] == '\u00AB');
    }

    [Theory]
    [MemberData(nameof(FrenchCases))]
    public void French_no_break_spaces_come_back_in_copied_text(string brief, string edition, string frame)
    {
        // Ghostscript's text extraction gives each character as the PDF maps it (poppler, MuPDF and pdf.js turn
        // U+00A0 into a plain space themselves, whatever the file says).
        var pdf = renders.Pdf(brief, edition, frame);
        var text = PdfTools.RunOnFile(pdf, "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=txtwrite", "-sOutputFile=-", "{file}").Output;

        Assert.Contains("\u00A0:", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" :", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00AB ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" \u00BB", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Passes_the_pdf_ua_rules_read_back_with_qpdf(string brief, string edition, string frame)
    {
        var objects = QpdfObjects.Read(renders.Pdf(brief, edition, frame));

        var problems = PdfUaChecks.All.Where(c => !c.OnlyWhenUa1).SelectMany(c => c.Run(objects).Select(p => $"{c}: {p}")).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void Every_brief_in_every_language_and_edition_is_valid_pdf_a_1b_and_tagged_for_pdf_ua()
    {
        // Given each brief and edition, rendered with --pdf-standard a-1b,ua-1 in its language's own frame
        var pdfs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (brief, languages) in OutsideRenders.Briefs)
        {
            foreach (var edition in languages.Append($"{languages[0]}+{languages[1]}"))
                pdfs[$"{brief}.{edition}.pdf"] = renders.Pdf(brief, edition, edition.Contains('+') ? "neutral" : edition == "ko" ? "report" : "note", PdfStandards.A1b | PdfStandards.UA1);
        }

        // When PDFBox Preflight validates them (one Java process)
        var verdicts = Preflight.Validate(pdfs);

        // Then every one is valid, and carries the PDF/UA identifier
        Assert.Equal(pdfs.Count, verdicts.Count);
        Assert.All(verdicts, v => Assert.True(v.Value.Valid, v.Key + ":\n" + string.Join("\n", v.Value.Errors.Take(10))));
        Assert.All(pdfs, p => Assert.Empty(PdfUaChecks.ById("06-002").Run(QpdfObjects.Read(p.Value))));
    }

    private static TheoryData<string, string, string> Only(Func<(string Brief, string Edition, string Frame), bool> keep)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in OutsideRenders.Cases())
        {
            var (brief, edition, frame) = ((string)row[0], (string)row[1], (string)row[2]);
            if (keep((brief, edition, frame)))
                data.Add(brief, edition, frame);
        }
        return data;
    }

    // "field 12 lost: …" gives "field 12".
    private static string FieldOf(string problem) => string.Join(' ', problem.Split(' ').Take(2));

    private static string Invariant(double value) => ((int)value).ToString(CultureInfo.InvariantCulture);

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F')
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
