using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Commands;

public sealed class ThemeCommandTests
{
    private const string CffTheme = """
        format: theme/1
        fonts:
          ko: { body: "Noto Sans CJK KR", heading: "Noto Sans CJK KR" }
          en: { body: "Inter", heading: "Inter" }
        """;

    [Fact]
    public void Render_with_a_theme_sets_the_brief_in_the_themes_fonts()
    {
        using var temp = new TempFolder();
        var theme = temp.Write("theme.yaml", CffTheme);
        var brief = temp.Write("tiny.yaml", Briefs.Tiny());

        var run = BriefProcess.Run("render", brief, "--theme", theme, "--out", temp.File("out"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var fonts = PdfFonts(temp.File("out/tiny.ko.pdf"));
        Assert.Contains("+NotoSansCJKkr-", fonts, StringComparison.Ordinal);
        Assert.DoesNotContain("Nanum", fonts, StringComparison.Ordinal);
        Assert.Contains("+Inter-", PdfFonts(temp.File("out/tiny.en.pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_briefs_theme_key_is_read_relative_to_the_brief()
    {
        using var temp = new TempFolder();
        temp.Write("themes/ministry.yaml", CffTheme);
        var brief = temp.Write("tiny.yaml", Briefs.Tiny().Replace("format: brief/1\n", "format: brief/1\ntheme: themes/ministry.yaml\n", StringComparison.Ordinal));

        var run = BriefProcess.Run("render", brief, "--lang", "ko", "--out", temp.File("out"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("+NotoSansCJKkr-", PdfFonts(temp.File("out/tiny.ko.pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_with_errors_renders_nothing_and_says_where()
    {
        using var temp = new TempFolder();
        var theme = temp.Write("theme.yaml", "format: theme/1\ncolours: { accent: navy }\nfonts:\n  ko: { body: \"Nope Sans\", heading: \"Nope Sans\" }\n");
        var brief = temp.Write("tiny.yaml", Briefs.Tiny());

        var run = BriefProcess.Run("render", brief, "--theme", theme, "--out", temp.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(theme + ":2:20: error THM030: colours.accent is 'navy'", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void A_family_that_is_not_installed_stops_the_brief_before_rendering()
    {
        using var temp = new TempFolder();
        var theme = temp.Write("theme.yaml", "format: theme/1\nfonts:\n  ko: { body: \"Nope Sans\", heading: \"Noto Sans CJK KR\" }\n");
        var brief = temp.Write("tiny.yaml", Briefs.Tiny());

        var run = BriefProcess.Run("render", brief, "--theme", theme, "--out", temp.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(theme + ":3:15: error THM050: the font family 'Nope Sans' is not installed", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("out/tiny.ko.pdf")));
    }

    [Fact]
    public void Validate_checks_a_briefs_own_theme()
    {
        using var temp = new TempFolder();
        var theme = temp.Write("theme.yaml", "format: theme/1\nfonts:\n  ko: { body: \"Nope Sans\", heading: \"Noto Sans CJK KR\" }\nmargins: { top: wide }\n");
        var brief = temp.Write("tiny.yaml", Briefs.Tiny().Replace("format: brief/1\n", "format: brief/1\ntheme: theme.yaml\n", StringComparison.Ordinal));
        var missing = temp.Write("other.yaml", Briefs.Tiny("other").Replace("format: brief/1\n", "format: brief/1\ntheme: absent.yaml\n", StringComparison.Ordinal));

        var run = BriefProcess.Run("validate", brief, missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(theme + ":4:17: error THM031: margins.top is 'wide'", run.Error, StringComparison.Ordinal);
        Assert.Contains(missing + ":2:8: error THM007: the theme file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_with_a_theme_shows_the_file_of_each_language_and_role()
    {
        using var temp = new TempFolder();
        var theme = temp.Write("theme.yaml", CffTheme);

        var run = BriefProcess.Run("fonts", "--theme", theme);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"(?m)^ko\s+body\s+Noto Sans CJK KR\s+400\s+normal\s+/usr/share/fonts/opentype/noto/NotoSansCJK-Regular\.ttc$", run.Out);
        Assert.Matches(@"(?m)^ko\s+heading\s+Noto Sans CJK KR\s+700\s+normal\s+/usr/share/fonts/opentype/noto/NotoSansCJK-Bold\.ttc$", run.Out);
        Assert.Matches(@"(?m)^en\s+body\s+Inter\s+400\s+normal\s+/usr/share/fonts/opentype/inter/Inter-Regular\.otf$", run.Out);
        // French has no fonts in this theme: the default fonts serve it.
        Assert.Matches(@"(?m)^fr\s+body\s+Noto Sans\s+400\s+normal\s+/usr/share/fonts/truetype/noto/NotoSans-Regular\.ttf$", run.Out);
    }

    private static string PdfFonts(string pdf)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdffonts", [pdf]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
