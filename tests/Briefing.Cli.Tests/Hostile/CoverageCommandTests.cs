using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Hostile;

/// <summary><c>brief validate</c> and <c>brief render</c> find characters no font covers before rendering, with the character, the field and the line.</summary>
public sealed class CoverageCommandTests
{
    private static string Uncovered(string id) =>
        Briefs.Tiny(id, title: "{ en: \"Title \U0001F600\", ko: \"제목\" }");

    [Fact]
    public void Validate_names_an_uncovered_character_its_field_and_its_line()
    {
        using var temp = new TempFolder();
        var file = temp.Write("x.yaml", Uncovered("x"));

        var run = BriefProcess.Run("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:6:8: error BRF054: title.en holds U+1F600 '\U0001F600', which no font of 'Noto Sans, NanumGothic' covers",
            run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_refuses_a_language_with_an_uncovered_character_before_rendering_and_removes_its_outdated_pdf()
    {
        // Given an older PDF of the brief in the output folder
        using var temp = new TempFolder();
        var file = temp.Write("x.yaml", Uncovered("x"));
        var stale = temp.Write("out/x.en.pdf", "%PDF old");

        // When
        var run = BriefProcess.Run("render", file, "--out", temp.File("out"));

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BRF054: title.en holds U+1F600", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("BRF902", run.Error, StringComparison.Ordinal); // found before, not during, rendering
        Assert.False(File.Exists(stale));
        Assert.Equal(["x.ko.pdf"], PdfFiles.Pdfs(temp.File("out")).Select(Path.GetFileName)); // Korean is fully covered
    }

    [Fact]
    public void Zero_width_characters_are_a_warning_and_the_brief_renders()
    {
        using var temp = new TempFolder();
        var file = temp.Write("x.yaml", Briefs.Tiny("x", title: "{ en: \"Ti\u200Btle\", ko: \"제\u00AD목\" }"));

        var run = BriefProcess.Run("render", file, "--out", temp.File("out"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.ErrorLines.Count(l => l.Contains("warning BRF053", StringComparison.Ordinal)));
        Assert.Equal(2, PdfFiles.Pdfs(temp.File("out")).Length);
    }
}
