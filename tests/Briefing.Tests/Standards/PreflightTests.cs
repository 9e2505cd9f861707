using System.Text;
using Briefing.Loading;
using Briefing.Rendering;
using Briefing.Testing;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Pdf;

namespace Briefing.Tests.Standards;

/// <summary>
/// <c>--pdf-standard a-1b</c> files are valid PDF/A-1b as Apache PDFBox Preflight judges them: the summit brief
/// in every language and the long generated document (links, tables, an image with alpha). One Java run
/// validates every file, including plain renders, which it must reject (so the validator is really judging).
/// </summary>
[Collection(StandardsCollection.Name)]
public sealed class PreflightTests(StandardsRenders renders)
{

    /// <summary>Every a-1b render (with or without ua-1).</summary>
    public static TheoryData<string> ArchivalPdfs()
    {
        var data = new TheoryData<string>();
        foreach (var name in StandardsRenders.ExpectedNames())
        {
            if (name.Contains("a-1b", StringComparison.Ordinal))
                data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ArchivalPdfs))]
    public void Preflight_says_the_a_1b_render_is_a_valid_PDF_A_1b_file(string name)
    {
        var verdict = Verdicts(renders)[name];
        Assert.True(verdict.Valid && verdict.Errors.Count == 0, $"{name}:\n" + string.Join('\n', verdict.Errors));
    }

    [Fact]
    public void Preflight_rejects_a_plain_render_for_what_PDF_A_adds()
    {
        // A plain PDF has no output intent, no CIDSets and no pdfaid: the validator must say so.
        var verdict = Verdicts(renders)[StandardsRenders.SummitEnglish];
        Assert.False(verdict.Valid);
        Assert.Contains(verdict.Errors, e => e.StartsWith("7.11:", StringComparison.Ordinal));
        Assert.Contains(verdict.Errors, e => e.StartsWith("3.1.11:", StringComparison.Ordinal));
        Assert.Contains(verdict.Errors, e => e.StartsWith("2.4.3:", StringComparison.Ordinal));
    }

    [Fact]
    public void Preflight_rejects_an_image_with_alpha_when_it_is_not_flattened()
    {
        // 2.2.2 is Preflight's "soft mask" transparency error; the plain file has the others too.
        var verdict = Verdicts(renders)[StandardsRenders.LongDocument];
        Assert.False(verdict.Valid);
        Assert.True(verdict.Errors.Any(e => e.StartsWith("2.2.2:", StringComparison.Ordinal)), string.Join('\n', verdict.Errors));
    }

    [Fact]
    public void The_a_1b_image_is_flattened_while_the_plain_one_keeps_its_soft_mask()
    {
        Assert.Contains("/SMask", Latin1(renders.Pdfs[StandardsRenders.LongDocument].Pdf), StringComparison.Ordinal);
        Assert.DoesNotContain("/SMask", Latin1(renders.Pdfs["long.a-1b.pdf"].Pdf), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ArchivalPdfs))]
    public void An_a_1b_file_is_PDF_1_4_tagged_with_a_language(string name)
    {
        var pdf = renders.Pdfs[name].Pdf;
        Assert.StartsWith("%PDF-1.4\n", Latin1(pdf), StringComparison.Ordinal);
        var catalog = renders.Read(name).Catalog;
        Assert.True(catalog.TryGetProperty("/StructTreeRoot", out _));
        Assert.True(catalog.TryGetProperty("/Lang", out var lang) && lang.GetString()!.Length > 2);
        Assert.Equal("/GTS_PDFA1", renders.Read(name).Resolve(catalog.GetProperty("/OutputIntents")[0]).GetProperty("/S").GetString());
    }

    [Fact]
    public void An_a_1b_render_is_byte_identical_when_repeated()
    {
        var brief = new BriefLoader().Load(Path.Combine(RepositoryRoot.Find(), "briefs", "2025-10-30-korea-canada-summit.yaml")).Brief!;
        using var renderer = new BriefRenderer(DefaultFonts.Load());
        Assert.Equal(renders.Pdfs["summit.ko.a-1b,ua-1.pdf"].Pdf, renderer.Render(brief, "ko", null, PdfStandards.A1b | PdfStandards.UA1));
    }

    // One Preflight run for the whole class: the a-1b files and the plain ones it must reject.
    private static IReadOnlyDictionary<string, Preflight.Verdict> Verdicts(StandardsRenders renders) => renders.Preflight(() =>
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, (pdf, standards)) in renders.Pdfs)
        {
            if ((standards & PdfStandards.A1b) != 0 || name is StandardsRenders.SummitEnglish or StandardsRenders.LongDocument)
                files[name] = pdf;
        }
        return Preflight.Validate(files);
    });

    private static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);
}
