using System.Globalization;
using Briefing.Loading;
using Briefing.Rendering;
using Briefing.Testing;
using Briefing.Typesetting.Fonts;
using Xunit.Abstractions;

namespace Briefing.Tests.Outside;

/// <summary>
/// Every page of a handful of PDFs drawn by poppler, MuPDF, Ghostscript and pdf.js, compared as pixels: the four
/// readers draw the same page (within <see cref="Tolerance"/> of its pixels after a blur), so no reader drops a
/// glyph, a font, a rule or a fill that the others show, and none places text elsewhere.
/// </summary>
public sealed class FourReadersTests(OutsideRenders renders, ITestOutputHelper output) : IClassFixture<OutsideRenders>
{
    // Measured at 100 dpi (see the test output): the readers agree within 0.003% of a page on every PDF here;
    // one word of a summary changed moves 0.01% to 0.05%, a line of text lost far more.
    private const double Tolerance = 0.0001;
    private const int Dpi = 100;

    public static TheoryData<string> Pdfs() => new() { "summit.ko", "summit.en", "summit.fr", "summit.ko+en", "long.en", "odd.ko", "careless-fr.fr" };

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void Four_readers_draw_every_page_alike(string name)
    {
        // Given the PDF drawn by each reader
        var pages = FourReaders.Draw(Pdf(name), Dpi);
        var reference = pages["poppler"];
        Assert.NotEmpty(reference);

        // Then each reader draws as many pages, of the same size, and each page like poppler's
        var problems = new List<string>();
        var worst = 0.0;
        foreach (var reader in FourReaders.Names.Skip(1))
        {
            Assert.True(pages[reader].Count == reference.Count, $"{reader} drew {pages[reader].Count} pages, poppler {reference.Count}");
            for (var i = 0; i < reference.Count; i++)
            {
                var (a, b) = (reference[i], pages[reader][i]);
                if (Math.Abs(a.Width - b.Width) > 1 || Math.Abs(a.Height - b.Height) > 1)
                    problems.Add($"page {i + 1}: {reader} draws {b.Width}×{b.Height} px, poppler {a.Width}×{a.Height}");
                var difference = GrayPage.Difference(a, b);
                worst = Math.Max(worst, difference);
                if (difference > Tolerance)
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"page {i + 1}: {reader} differs from poppler in {difference:P2} of the page"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {reference.Count} pages, largest difference {worst:P3}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_comparison_sees_one_word_changed()
    {
        // Given the English summit brief, and the same brief with one word of its summary changed
        var yaml = File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-10-30-korea-canada-summit.yaml"));
        var changed = yaml.Replace("confirmed their road map", "confirmed their plan", StringComparison.Ordinal);
        Assert.NotEqual(yaml, changed);

        // When poppler draws the one and pdf.js the other
        var before = FourReaders.Draw(Render(yaml, "en"), Dpi)["poppler"][0];
        var after = FourReaders.Draw(Render(changed, "en"), Dpi)["pdf.js"][0];

        // Then the pages differ by more than the tolerance (the rest of the page, drawn alike, does not count)
        var difference = GrayPage.Difference(before, after);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one word changed: {difference:P3}"));
        Assert.True(difference > 2 * Tolerance, difference.ToString("P3", CultureInfo.InvariantCulture));
    }

    private static byte[] Render(string yaml, string language)
    {
        var brief = new BriefLoader().Load(yaml, "summit.yaml").Brief!;
        using var renderer = new BriefRenderer(DefaultFonts.Load());
        return renderer.Render(brief, language);
    }

    private byte[] Pdf(string name)
    {
        var dot = name.LastIndexOf('.');
        var (brief, edition) = (name[..dot], name[(dot + 1)..]);
        if (brief != "summit")
            return renders.Pdf(brief, edition, Default(edition));
        var summit = new BriefLoader().Load(RepositoryRoot.Combine("briefs", "2025-10-30-korea-canada-summit.yaml")).Brief!;
        using var renderer = new BriefRenderer(DefaultFonts.Load());
        return renderer.Render(summit, Edition.Parse(edition), null, Briefing.Typesetting.Pdf.PdfStandards.None, []);
    }

    // Each language's own frame, as a plain render gives it: the report in Korean, the note in English and French.
    private static string Default(string edition) => edition.Contains('+') ? "neutral" : edition == "ko" ? "report" : "note";
}
