using Briefing.Loading;
using Briefing.Theming;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;

namespace Briefing.Tests.Theming;

public sealed class ThemeLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("brief-theme-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ThemeLoadResult Load(string yaml, string name = "theme.yaml")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, yaml);
        return new ThemeLoader().Load(path);
    }

    private static string Codes(ThemeLoadResult result) =>
        string.Join(" ", result.Diagnostics.Select(d => $"{d.Span.Line}:{d.Span.Column}:{d.Code}"));

    [Fact]
    public void The_minimal_theme_of_the_docs_loads()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "fonts"));

        var result = Load("""
            format: theme/1
            fonts:
              dirs: [fonts]
              ko: { body: "Noto Sans CJK KR", heading: "Noto Sans CJK KR" }
              en: { body: "Inter", heading: "Inter" }
            """);

        Assert.Empty(result.Diagnostics);
        var theme = Assert.IsType<Theme>(result.Theme);
        Assert.Equal([Path.Combine(_folder, "fonts")], theme.FontFolders);
        Assert.Equal(["ko", "en"], theme.Fonts.Select(f => f.Key));
        Assert.Equal("Inter", theme.Fonts[1].Value.Body);
        // Nothing else set: the default look's colours and margins.
        Assert.Equal(Theme.Default.Palette, theme.Palette);
        Assert.Equal(Theme.Default.Margins, theme.Margins);
    }

    [Fact]
    public void Colours_logo_organisation_and_margins_are_read()
    {
        File.WriteAllBytes(Path.Combine(_folder, "logo.png"), TestPng.Logo());

        var result = Load("""
            format: theme/1
            colours: { accent: "#7a1f2b", rules: "#cccccc", table-header: "#333333", banner-text: "#000000" }
            logo: { file: logo.png, alt: "Seal of the ministry", width: 40 }
            organisation: { en: Ministry of Examples, ko: 예시부 }
            margins: { top: 30, right: 50, bottom: 28, left: 50 }
            """);

        Assert.Empty(result.Diagnostics);
        var theme = result.Theme!;
        Assert.Equal(Color.FromHex("#7a1f2b"), theme.Palette.Accent);
        Assert.Equal(Color.FromHex("#cccccc"), theme.Palette.Rule);
        Assert.Equal(Color.FromHex("#333333"), theme.Palette.TableHeader);
        Assert.Equal(Color.Black, theme.Palette.BannerText);
        Assert.NotEqual(Theme.Default.Palette.AccentTint, theme.Palette.AccentTint);
        Assert.Equal("Seal of the ministry", theme.Logo!.Alt);
        Assert.Equal(40, theme.Logo.Width);
        Assert.Equal("예시부", theme.Organisation["ko"]);
        Assert.Equal(new Thickness(50, 30, 50, 28), theme.Margins);
    }

    [Theory]
    [InlineData("format: theme/1\ncolors: { accent: \"#000000\" }\n", "2:1:THM010")]
    [InlineData("format: theme/1\ncolours: { acent: \"#000000\" }\n", "2:12:THM010")]
    [InlineData("fonts: {}\n", "1:1:THM011")]
    [InlineData("format: theme/2\n", "1:9:THM032")]
    [InlineData("format: theme/1\nfonts: [Inter]\n", "2:8:THM013")]
    [InlineData("format: theme/1\nfonts: { dirs: fonts }\n", "2:16:THM013")]
    [InlineData("format: theme/1\nfonts: { en: { body: Inter } }\n", "2:14:THM011")]
    [InlineData("format: theme/1\nfonts: { de: { body: Inter, heading: Inter } }\n", "2:10:THM040")]
    [InlineData("format: theme/1\ncolours: { accent: navy }\n", "2:20:THM030")]
    [InlineData("format: theme/1\nmargins: { top: -4 }\n", "2:17:THM031")]
    [InlineData("format: theme/1\nmargins: { top: wide }\n", "2:17:THM031")]
    [InlineData("format: theme/1\nlogo: { file: ../logo.png, alt: Seal }\n", "2:15:THM052")]
    [InlineData("format: theme/1\nlogo: { file: /etc/passwd, alt: Seal }\n", "2:15:THM052")]
    [InlineData("format: theme/1\nlogo: { file: missing.png, alt: Seal }\n", "2:15:THM007")]
    [InlineData("format: theme/1\nlogo: { file: theme.yaml, alt: Seal }\n", "2:15:THM051")]
    [InlineData("format: theme/1\nfonts: { dirs: [nowhere] }\n", "2:17:THM007")]
    [InlineData("format: theme/1\nformat: theme/1\n", "2:1:THM014")]
    [InlineData("format: theme/1\nname: &a x\n", "2:7:THM003")]
    [InlineData("format: [theme/1\n", "2:1:THM001")]
    [InlineData("- format\n", "1:1:THM008")]
    public void Each_problem_is_a_diagnostic_at_its_place(string yaml, string expected)
    {
        var result = Load(yaml);

        Assert.Null(result.Theme);
        Assert.Contains(expected, Codes(result), StringComparison.Ordinal);
        Assert.All(result.Diagnostics, d => Assert.Matches(@"^.+theme\.yaml:\d+:\d+: (error|warning) THM\d{3}: .+$", d.ToString()));
    }

    [Fact]
    public void A_missing_theme_file_is_THM007()
    {
        var result = new ThemeLoader().Load(Path.Combine(_folder, "absent.yaml"));

        Assert.Equal("THM007", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("theme.yaml", null)]
    [InlineData("themes/ministry.yaml", null)]
    [InlineData("themes/../theme.yaml", null)]
    [InlineData("../theme.yaml", "BRF036")]
    [InlineData("themes/../../theme.yaml", "BRF036")]
    [InlineData("/etc/theme.yaml", "BRF036")]
    public void A_briefs_theme_key_may_not_leave_its_folder(string theme, string? code)
    {
        var brief = Samples.SampleBriefs.Minimal.Replace("format: brief/1\n", $"format: brief/1\ntheme: \"{theme}\"\n", StringComparison.Ordinal);

        var result = new BriefLoader().Load(brief, "briefs/x.yaml");

        if (code is null)
        {
            Assert.Empty(result.Diagnostics);
            Assert.Equal(theme, result.Brief!.Theme);
        }
        else
        {
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(code, diagnostic.Code);
            Assert.Equal(2, diagnostic.Span.Line);
        }
    }
}
