using Briefing.Cli.Files;
using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Files;

public sealed class AtomicFileTests
{
    [Fact]
    public void Write_replaces_the_old_file_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.pdf", "old");

        AtomicFile.Write(path, "new"u8);

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["x.pdf"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_write_leaves_the_target_untouched_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        var target = temp.File("dir.pdf");
        Directory.CreateDirectory(target);

        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(target, "new"u8));

        Assert.True(Directory.Exists(target));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void WriteNew_refuses_an_existing_file()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.yaml", "mine");

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteNew(path, "theirs"u8));

        Assert.Equal("mine", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void TryDelete_is_true_when_the_file_is_gone_or_never_was()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.pdf", "old");

        Assert.True(AtomicFile.TryDelete(path));
        Assert.True(AtomicFile.TryDelete(path));
        Assert.False(File.Exists(path));
    }
}
