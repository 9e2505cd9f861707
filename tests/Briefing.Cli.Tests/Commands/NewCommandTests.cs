using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Commands;

public sealed class NewCommandTests
{
    [Fact]
    public void A_new_brief_has_every_section_in_every_language_and_validates_with_placeholder_warnings_only()
    {
        using var temp = new TempFolder();

        var created = BriefProcess.Run("new", "2026-01-15-trade-talks", "--out", temp.Path);
        var file = temp.File("2026-01-15-trade-talks.yaml");
        var validated = BriefProcess.Run("validate", file);

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal(file + "\n", created.Out);
        var yaml = File.ReadAllText(file);
        foreach (var key in new[] { "title:", "subtitle:", "location:", "occasion:", "prepared:", "summary:", "delegations:", "participants:", "agreements:", "questions:", "timeline:", "sections:", "sources:" })
        {
            Assert.Contains(key, yaml);
        }

        Assert.Contains("languages: [en, fr, ko]", yaml);
        Assert.True(validated.ExitCode == 0, validated.ToString());
        Assert.DoesNotContain(": error ", validated.Error);
        Assert.Contains("warning BRF017: title.ko is a placeholder", validated.Error);
        Assert.Matches(@"^0 errors, \d+ warnings in 1 brief$", validated.ErrorLines[^1]);
    }

    [Fact]
    public void A_new_brief_renders_in_every_supported_language_at_once()
    {
        using var temp = new TempFolder();
        BriefProcess.Run("new", "fresh", "--out", temp.Path);

        var run = BriefProcess.RunIn(temp.Path, "render", "fresh.yaml");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["out/fresh.en.pdf", "out/fresh.fr.pdf", "out/fresh.ko.pdf"], run.OutLines);
        Assert.All(run.ErrorLines, line => Assert.Contains(": warning BRF017: ", line));
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_file()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("mine.yaml", "precious: true\n");

        var run = BriefProcess.Run("new", "mine", "--out", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists", run.Error);
        Assert.Equal("precious: true\n", File.ReadAllText(existing));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_id_the_format_rejects_is_wrong_usage_and_writes_nothing()
    {
        using var temp = new TempFolder();

        var run = BriefProcess.Run("new", "Bad_Id", "--out", temp.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not lowercase kebab-case", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void New_writes_into_the_current_folder_by_default()
    {
        using var temp = new TempFolder();

        var run = BriefProcess.RunIn(temp.Path, "new", "here");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(temp.File("here.yaml")));
    }
}
