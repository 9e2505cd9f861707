using System.Text.RegularExpressions;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Testing;
using Briefing.Theming;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.Theming;

// The summit brief in an organisation's fonts: Noto Sans CJK KR and Inter (Debian fonts-noto-cjk and fonts-inter, CFF),
// and Pretendard (npm pretendard 1.3.9, a variable TrueType font that .ci/setup puts in ~/.cache/brief-fonts).
public sealed partial class ThemedSummitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("brief-themed-").FullName;
    private readonly Brief _brief;

    public ThemedSummitTests()
    {
        var result = new BriefLoader().Load(Path.Combine(RepositoryRoot.Find(), "briefs", "2025-10-30-korea-canada-summit.yaml"));
        _brief = result.Brief ?? throw new InvalidOperationException(string.Join("; ", result.Diagnostics));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string PretendardFolder =>
        Environment.GetEnvironmentVariable("BRIEF_FONT_CACHE") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "brief-fonts");

    private (Theme Theme, FontLibrary Fonts, IReadOnlyList<Briefing.Diagnostics.Diagnostic> Problems) Themed(string yaml)
    {
        var path = Path.Combine(_folder, "theme.yaml");
        File.WriteAllText(path, yaml);
        var loaded = new ThemeLoader().Load(path);
        var theme = loaded.Theme ?? throw new InvalidOperationException(string.Join("; ", loaded.Diagnostics));
        var fonts = DefaultFonts.Load();
        var problems = ThemeFonts.AddTo(fonts, theme, FontCatalog.Scan(FontCatalog.SystemFolders()), new VariableInstances(Path.Combine(_folder, "instances")));
        return (theme, fonts, problems);
    }

    private byte[] Render(string yaml, string language)
    {
        var (theme, fonts, problems) = Themed(yaml);
        Assert.Empty(problems);
        Assert.Empty(new GlyphCoverage(fonts, theme).Check(_brief, [language]));
        using var renderer = new BriefRenderer(fonts, theme);
        return renderer.Render(_brief, language);
    }

    private static List<string> FontLines(byte[] pdf) =>
        [.. PdfTools.PdfFonts(pdf).Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)];

    private const string CffTheme = """
        format: theme/1
        fonts:
          ko: { body: "Noto Sans CJK KR", heading: "Noto Sans CJK KR" }
          en: { body: "Inter", heading: "Inter" }
        """;

    [Theory]
    [InlineData("ko", "NotoSansCJKkr-Regular", "NotoSansCJKkr-Bold")]
    [InlineData("en", "Inter-Regular", "Inter-Bold")]
    public void The_summit_brief_in_cff_fonts_embeds_cid_type_0c_subsets(string language, string regular, string bold)
    {
        var pdf = Render(CffTheme, language);

        var fonts = FontLines(pdf);
        Assert.All(fonts, line => Assert.Contains("CID Type 0C", line, StringComparison.Ordinal));
        Assert.Single(fonts, line => SubsetName().Match(line).Groups[1].Value == regular);
        Assert.Single(fonts, line => SubsetName().Match(line).Groups[1].Value == bold);
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
        Assert.Contains(_brief.Title.Get(language).Replace("'", "’", StringComparison.Ordinal), PdfTools.PdfToText(pdf).Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_korean_summit_brief_in_noto_sans_cjk_stays_under_120_kb()
    {
        var pdf = Render(CffTheme, "ko");

        Assert.True(pdf.Length <= 120_000, $"{pdf.Length} bytes");
    }

    private string VariableTheme()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "fonts"));
        File.CreateSymbolicLink(Path.Combine(_folder, "fonts", "PretendardVariable.ttf"), Path.Combine(PretendardFolder, "PretendardVariable.ttf"));
        return """
            format: theme/1
            fonts:
              dirs: [fonts]
              ko: { body: "Pretendard Variable", heading: "Pretendard Variable" }
              en: { body: "Pretendard Variable", heading: "Pretendard Variable" }
            """;
    }

    [Fact]
    public void The_korean_summit_brief_in_a_variable_font_embeds_two_instances_under_150_kb()
    {
        var pdf = Render(VariableTheme(), "ko");

        var fonts = FontLines(pdf);
        Assert.Equal(["PretendardVariable_400wght", "PretendardVariable_700wght"], fonts.Select(l => SubsetName().Match(l).Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.All(fonts, line => Assert.Contains("CID TrueType", line, StringComparison.Ordinal));
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
        Assert.True(pdf.Length <= 150_000, $"{pdf.Length} bytes");
        Assert.Contains(_brief.Title.Get("ko"), PdfTools.PdfToText(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void The_logo_is_a_figure_with_its_alternative_text_and_the_colours_are_the_themes()
    {
        File.WriteAllBytes(Path.Combine(_folder, "seal.png"), TestPng.Logo());

        var pdf = Render("""
            format: theme/1
            colours: { accent: "#7a1f2b" }
            logo: { file: seal.png, alt: "Seal of the Ministry of Examples" }
            organisation: Ministry of Examples
            """, "en");

        var objects = PdfTools.RunOnFile(pdf, "qpdf", "--qdf", "--object-streams=disable", "{file}", "-").Output;
        Assert.Matches(@"/Alt \(Seal of the Ministry of Examples\)[\s\S]{0,200}/S /Figure|/S /Figure[\s\S]{0,200}/Alt \(Seal of the Ministry of Examples\)", objects);
        Assert.Contains("/Subtype /Image", objects, StringComparison.Ordinal);
        // The accent #7a1f2b as a fill colour: 0.478 0.122 0.169 rg.
        Assert.Contains("0.478 0.122 0.169 rg", objects, StringComparison.Ordinal);
        Assert.Contains("Ministry of Examples", PdfTools.PdfToText(pdf), StringComparison.Ordinal);
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }

    [Fact]
    public void A_family_that_is_not_installed_is_THM050_at_its_line()
    {
        var (_, _, problems) = Themed("""
            format: theme/1
            fonts:
              ko: { body: "Nope Sans KR", heading: "Noto Sans CJK KR" }
            """);

        var problem = Assert.Single(problems);
        Assert.Equal("THM050", problem.Code);
        Assert.Equal((3, 15), (problem.Span.Line, problem.Span.Column));
    }

    [Fact]
    public void A_character_the_themes_family_lacks_is_reported_before_rendering()
    {
        // Inter has no Hangul, and this theme gives English nothing behind it.
        var (theme, fonts, _) = Themed("""
            format: theme/1
            fonts:
              en: { body: "Inter", heading: "Inter" }
            """);
        var brief = new BriefLoader().Load(Samples.SampleBriefs.Minimal.Replace("{ en: \"Place\"", "{ en: \"Seoul 서울\"", StringComparison.Ordinal), "briefs/x.yaml").Brief!;

        var uncovered = new GlyphCoverage(fonts, theme).Check(brief, ["en"]);

        Assert.Contains(uncovered, d => d.Code == "BRF054" && d.Message.Contains("U+C11C", StringComparison.Ordinal) && d.Message.Contains("Inter", StringComparison.Ordinal));
        Assert.Empty(new GlyphCoverage(fonts).Check(brief, ["en"]));
    }

    [GeneratedRegex(@"^[A-Z]{6}\+(\S+)")]
    private static partial Regex SubsetName();
}
