using Briefing.Cli.Files;
using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Files;

public sealed class BriefFilesTests
{
    [Fact]
    public void Folders_give_their_yaml_files_in_ordinal_order_and_files_stay_where_given()
    {
        using var temp = new TempFolder();
        var b = temp.Write("in/b.yml", string.Empty);
        var a = temp.Write("in/a.yaml", string.Empty);
        temp.Write("in/readme.md", string.Empty);
        var single = temp.Write("z.yaml", string.Empty);

        var files = BriefFiles.Expand([single, temp.File("in"), a], out var empty);

        Assert.Equal([single, a, b], files);
        Assert.Empty(empty);
    }

    [Fact]
    public void Missing_paths_stay_in_the_list_for_the_loader_to_report_and_empty_folders_are_named()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("empty"));

        var files = BriefFiles.Expand([temp.File("missing.yaml"), temp.File("empty")], out var empty);

        Assert.Equal([temp.File("missing.yaml")], files);
        Assert.Equal([temp.File("empty")], empty);
    }
}
