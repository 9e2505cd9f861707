using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void The_repository_briefs_validate_cleanly()
    {
        var run = BriefProcess.Run("validate", "briefs");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^0 errors, 0 warnings in \d+ briefs?$", run.ErrorLines[^1]);
    }

    [Fact]
    public void A_broken_brief_gives_its_diagnostic_on_stderr_and_exit_1()
    {
        using var temp = new TempFolder();
        var file = temp.Write("broken.yaml", Briefs.MissingKorean());

        var run = BriefProcess.Run("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}:6:8: error BRF012: title has no 'ko' text", run.ErrorLines[0]);
        Assert.Equal("1 error, 0 warnings in 1 brief", run.ErrorLines[^1]);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Warnings_alone_exit_0_and_are_counted()
    {
        using var temp = new TempFolder();
        var file = temp.Write("todo.yaml", Briefs.Tiny(title: "{ en: \"TODO: title\", ko: \"제목\" }"));

        var run = BriefProcess.Run("validate", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{file}:6:8: warning BRF017: title.en is a placeholder ('TODO: title')", run.Error);
        Assert.Equal("0 errors, 1 warning in 1 brief", run.ErrorLines[^1]);
    }

    [Fact]
    public void A_folder_is_read_in_name_order_and_every_file_is_reported()
    {
        using var temp = new TempFolder();
        temp.Write("b.yaml", Briefs.MissingKorean("b"));
        temp.Write("a.yaml", Briefs.MissingKorean("a"));
        temp.Write("c.yaml", Briefs.Tiny("c"));
        temp.Write("notes.txt", "not a brief");

        var run = BriefProcess.Run("validate", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.ErrorLines.Count);
        Assert.EndsWith("a.yaml:6:8: error BRF012: title has no 'ko' text", run.ErrorLines[0]);
        Assert.EndsWith("b.yaml:6:8: error BRF012: title has no 'ko' text", run.ErrorLines[1]);
        Assert.Equal("2 errors, 0 warnings in 3 briefs", run.ErrorLines[2]);
    }

    [Fact]
    public void A_missing_file_is_an_input_problem_not_a_crash()
    {
        using var temp = new TempFolder();
        var missing = temp.File("nope.yaml");

        var run = BriefProcess.Run("validate", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{missing}:1:1: error BRF007: the file does not exist", run.ErrorLines[0]);
    }

    [Fact]
    public void An_empty_folder_is_an_input_problem()
    {
        using var temp = new TempFolder();

        var run = BriefProcess.Run("validate", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no brief files", run.Error);
    }
}
