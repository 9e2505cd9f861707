using Briefing.Typesetting.Pdf;

namespace Briefing.Tests.Standards;

/// <summary>
/// brief's own checks of PDF/UA-1's machine-checkable rules (<see cref="PdfUaChecks"/>): every check passes
/// on every PDF these tests render, and each one fails on a PDF broken on purpose in what it checks.
/// </summary>
[Collection(StandardsCollection.Name)]
public sealed class PdfUaCheckTests(StandardsRenders renders)
{
    /// <summary>Every check against every rendered PDF it applies to (06-002 only to ua-1 renders).</summary>
    public static TheoryData<string, string> EveryCheckOnEveryPdf()
    {
        var data = new TheoryData<string, string>();
        foreach (var check in PdfUaChecks.All)
        {
            foreach (var name in StandardsRenders.ExpectedNames())
            {
                if (!check.OnlyWhenUa1 || name.Contains("ua-1", StringComparison.Ordinal))
                    data.Add(check.Id, name);
            }
        }
        return data;
    }

    /// <summary>Every check with the rendered PDF it breaks and how: the file and the edit of its QDF text.</summary>
    private static readonly Dictionary<string, (string Pdf, Func<string, string> Break)> Breaks = new(StringComparer.Ordinal)
    {
        // A line painted before any marked content.
        ["01-005"] = (StandardsRenders.SummitEnglish, BrokenPdf.PrependToFirstPage("0 0 m 10 10 l S\n")),
        // A paragraph renamed to a type that is not standard, with no role map.
        ["02-001"] = (StandardsRenders.SummitEnglish, BrokenPdf.ReplaceFirst(@"/S /P$", "/S /Para")),
        // The pdfuaid property taken out of the XMP.
        ["06-002"] = (StandardsRenders.SummitEnglishUa, BrokenPdf.ReplaceFirst(@"<pdfuaid:part>1</pdfuaid:part>", "")),
        ["07-001"] = (StandardsRenders.SummitEnglish, BrokenPdf.ReplaceFirst(@"/DisplayDocTitle true", "/DisplayDocTitle false")),
        // The figure's alternative text taken out.
        ["13-004"] = (StandardsRenders.LongDocument, BrokenPdf.InFirstObject(@"/S /Figure$", @"^\s*/Alt .*\n", "")),
        // The first H2 made an H4: H1 is followed by H4.
        ["14-003"] = (StandardsRenders.SummitEnglish, BrokenPdf.ReplaceFirst(@"/S /H2$", "/S /H4")),
        ["15-003"] = (StandardsRenders.SummitEnglish, BrokenPdf.ReplaceFirst(@"^\s*/Scope /Column\n", "")),
        ["28-008"] = (StandardsRenders.SummitEnglish, BrokenPdf.ReplaceFirst(@"^\s*/Tabs /S\n", "")),
        // The first Link element made a Span.
        ["28-011"] = (StandardsRenders.SummitEnglish, BrokenPdf.ReplaceFirst(@"/S /Link$", "/S /Span")),
        ["28-012"] = (StandardsRenders.SummitEnglish, BrokenPdf.InFirstObject(@"/Subtype /Link$", @"^\s*/Contents .*\n", "")),
    };

    /// <summary>Every check id, for the theory that breaks each.</summary>
    public static TheoryData<string> EveryCheck()
    {
        var data = new TheoryData<string>();
        foreach (var check in PdfUaChecks.All)
            data.Add(check.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCheckOnEveryPdf))]
    public void Every_rendered_PDF_passes_the_check(string check, string pdf)
    {
        // Given
        var objects = renders.Read(pdf);

        // When
        var problems = PdfUaChecks.ById(check).Run(objects);

        // Then
        Assert.True(problems.Count == 0, $"{PdfUaChecks.ById(check)} on {pdf}:\n" + string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(EveryCheck))]
    public void The_check_fails_on_a_PDF_broken_in_what_it_checks(string check)
    {
        // Given: a rendered PDF that passes, and the same PDF with one fault
        var (name, breakIt) = Breaks[check];
        var good = renders.Pdfs[name].Pdf;
        var broken = BrokenPdf.Edit(good, breakIt);

        // When
        var onGood = PdfUaChecks.ById(check).Run(QpdfObjects.Read(BrokenPdf.FromQdf(BrokenPdf.ToQdf(good))));
        var onBroken = PdfUaChecks.ById(check).Run(QpdfObjects.Read(broken));

        // Then: the round trip through QDF alone breaks nothing, the edit does
        Assert.Empty(onGood);
        Assert.NotEmpty(onBroken);
    }

    [Fact]
    public void Every_check_has_a_broken_PDF()
    {
        Assert.Equal(PdfUaChecks.All.Select(c => c.Id).Order(), Breaks.Keys.Order());
    }

    [Fact]
    public void Every_expected_PDF_is_rendered_with_the_standards_its_name_says()
    {
        Assert.Equal(StandardsRenders.ExpectedNames().Order(), renders.Pdfs.Keys.Order());
        foreach (var (name, (_, standards)) in renders.Pdfs)
        {
            Assert.Equal(name.Contains("a-1b", StringComparison.Ordinal), (standards & PdfStandards.A1b) != 0);
            Assert.Equal(name.Contains("ua-1", StringComparison.Ordinal), (standards & PdfStandards.UA1) != 0);
        }
    }

    [Fact]
    public void Delegation_rows_are_row_headers_and_header_cells_column_headers()
    {
        // Given: the summit brief's participants table, read back as QDF text
        var qdf = BrokenPdf.ToQdf(renders.Pdfs[StandardsRenders.SummitEnglish].Pdf);

        // Then: both scopes are written (the summit has two delegations, grouping the rows of each of the English
        // briefing note's two people tables, participants and persons mentioned; and tables with header rows)
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(qdf, @"/Scope /Row$", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
        Assert.Contains("/Scope /Column", qdf, StringComparison.Ordinal);
    }
}
