using Briefing.Cli.Tests.Hostile;
using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Commands;

public sealed class TranslationDriftCommandTests
{
    [Fact]
    public void A_drifted_figure_is_a_warning_of_validate_and_render_still_writes_every_pdf()
    {
        // Given: the Korean title says 13 where the English says 12
        using var temp = new TempFolder();
        var file = temp.Write("x.yaml", Briefs.Tiny("x", title: "{ en: \"12 submarines\", ko: \"잠수함 13척\" }"));

        // When
        var validated = BriefProcess.Run("validate", file);
        var rendered = BriefProcess.Run("render", file, "--out", temp.File("out"));

        // Then
        var warning = $"{file}:6:36: warning BRF080: title.ko has the figure '13' where title.en has '12'";
        Assert.True(validated.ExitCode == 0, validated.ToString());
        Assert.Equal([warning, "0 errors, 1 warning in 1 brief"], validated.ErrorLines);
        Assert.True(rendered.ExitCode == 0, rendered.ToString());
        Assert.Contains(warning, rendered.ErrorLines);
        Assert.Equal(2, PdfFiles.Pdfs(temp.File("out")).Length);
    }

    [Fact]
    public void Render_reports_drift_warnings_among_the_other_warnings_in_position_order_as_validate_does()
    {
        // Given: drift on line 6 and line 10, and a warning of another check (an unlisted language) between them
        using var temp = new TempFolder();
        var brief = Briefs.Tiny("x", title: "{ en: \"12 submarines\", ko: \"잠수함 13척\" }")
            .Replace("location: { en: \"Place\", ko: \"장소\" }", "location: { en: \"Place\", ko: \"장소\", fr: \"Lieu\" }")
            .Replace("summary: { en: \"Summary.\", ko: \"요약\" }", "summary: { en: \"Signed on 2025-10-30.\", ko: \"2025-10-31 서명\" }");
        var file = temp.Write("x.yaml", brief);

        // When: render checks drift on the other core while it renders; validate checks it in line
        var validated = BriefProcess.Run("validate", file);
        var rendered = BriefProcess.Run("render", file, "--out", temp.File("out"));

        // Then
        var warnings = validated.ErrorLines.Where(line => line.Contains(": warning ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["BRF080", "BRF015", "BRF081"], warnings.Select(line => line.Split(' ')[2].TrimEnd(':')));
        Assert.True(rendered.ExitCode == 0, rendered.ToString());
        Assert.Equal(warnings, rendered.ErrorLines.Where(line => line.Contains(": warning ", StringComparison.Ordinal)));
    }
}
