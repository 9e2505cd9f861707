using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Commands;

/// <summary>
/// <c>brief render</c> end to end. The tests in this class need no working renderer: they stop before
/// rendering (bad brief, missing language, output folder) or check what must hold however rendering goes.
/// Those that need real PDFs are in <see cref="RenderOutputTests"/>.
/// </summary>
public sealed class RenderCommandTests
{
    [Fact]
    public void A_broken_brief_is_reported_on_stderr_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var file = temp.Write("broken.yaml", Briefs.MissingKorean());
        var output = temp.File("out");

        var run = BriefProcess.Run("render", file, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}:6:8: error BRF012: title has no 'ko' text", Assert.Single(run.ErrorLines));
        Assert.Equal(string.Empty, run.Out);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void A_broken_brief_leaves_existing_pdfs_alone_because_its_id_cannot_be_trusted()
    {
        // Decided: the target of a brief that does not load is unknown (the id may be the broken part),
        // so nothing is deleted; the exit code 1 says the run failed.
        using var temp = new TempFolder();
        var file = temp.Write("broken.yaml", Briefs.MissingKorean("broken"));
        var old = temp.Write("out/broken.en.pdf", "%PDF-old");

        var run = BriefProcess.Run("render", file, "--out", temp.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("%PDF-old", File.ReadAllText(old));
    }

    [Fact]
    public void A_language_the_brief_lacks_is_an_error_and_its_outdated_pdf_is_removed()
    {
        using var temp = new TempFolder();
        var file = temp.Write("en.yaml", Briefs.EnglishOnly("english-only"));
        var stale = temp.Write("out/english-only.ko.pdf", "%PDF-stale");

        var run = BriefProcess.Run("render", file, "--lang", "ko", "--out", temp.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: error BRF901: the brief has no 'ko' version; its languages are en", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(stale));
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_a_clear_error()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny());
        var blocker = temp.Write("blocker", "a file where the folder should go");

        var run = BriefProcess.Run("render", file, "--out", Path.Combine(blocker, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}: error BRF904: cannot create the output folder", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Two_briefs_with_one_id_do_not_race_for_the_same_pdf()
    {
        using var temp = new TempFolder();
        temp.Write("a.yaml", Briefs.MissingKorean("same"));
        temp.Write("b.yaml", Briefs.Tiny("twin"));
        var second = temp.Write("c.yaml", Briefs.Tiny("twin"));

        var run = BriefProcess.Run("render", temp.Path, "--out", temp.File("out"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"{second}: error BRF907: id 'twin' is also the id of {temp.File("b.yaml")}", run.Error);
    }

    [Fact]
    public void Every_problem_line_is_one_line_in_the_diagnostic_form_without_stack_traces()
    {
        using var temp = new TempFolder();
        temp.Write("a.yaml", Briefs.MissingKorean("a"));
        temp.Write("b.yaml", Briefs.Tiny("b"));

        var run = BriefProcess.Run("render", temp.Path, "--out", temp.File("out"));

        Assert.All(run.ErrorLines, line => Assert.Matches(@"^\S+?(:\d+:\d+)?: (error|warning) BRF\d{3}: .+$", line));
    }
}
