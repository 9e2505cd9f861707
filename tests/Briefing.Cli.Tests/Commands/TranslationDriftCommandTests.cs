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
}
