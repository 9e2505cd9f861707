using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Handover;

/// <summary>
/// The lean build (PDF reading switched off, <see cref="LeanBuild"/>) hands every command that reads a PDF
/// to the full build before it prints anything: the same arguments, with BRIEF_FULL=1, and the full build's
/// output and exit code are the user's. Everything else it runs itself, and a PDF handed over gives what
/// the full build gives when run directly.
/// </summary>
public sealed class LeanHandoverTests
{
    public static TheoryData<string[]> CommandsThatReadPdfs => new()
    {
        { ["render", "a b.pdf", "--lang", "en", "--out", "out dir"] },
        { ["render", "first.yaml", "SECOND.PDF"] },
        { ["validate", "x.pdf"] },
        { ["bundle", "x.pdf", "--lang", "ko", "--out", "book.pdf"] },
        { ["snapshot", "x.yaml", "--check"] },
        { ["extract", "x.pdf", "-o", "sources"] },
    };

    [Theory]
    [MemberData(nameof(CommandsThatReadPdfs))]
    public void A_command_that_reads_a_pdf_is_handed_over_with_its_arguments_and_the_full_builds_exit_code(string[] args)
    {
        using var lean = new LeanBuild(LeanBuild.Echo);
        using var temp = new TempFolder();

        var run = lean.Run(temp.Path, args);

        Assert.Equal(9, run.ExitCode);
        Assert.Equal(string.Join("", ["full BRIEF_FULL=1\n", .. args.Select(a => $"[{a}]\n")]), run.Out);
        Assert.Equal("to stderr\n", run.Error);
    }

    [Fact]
    public void A_brief_without_a_pdf_is_rendered_by_the_lean_build_itself()
    {
        using var lean = new LeanBuild(LeanBuild.Echo);
        using var temp = new TempFolder();
        var brief = temp.Write("tiny.yaml", Briefs.Tiny());

        var run = lean.Run(temp.Path, "render", brief, "--lang", "en", "--out", temp.File("lean"));
        var direct = BriefProcess.RunIn(temp.Path, "render", brief, "--lang", "en", "--out", temp.File("direct"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("BRIEF_FULL", run.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(temp.File("direct/tiny.en.pdf")), File.ReadAllBytes(temp.File("lean/tiny.en.pdf")));
        Assert.Equal(direct.Error, run.Error);
    }

    [Fact]
    public void A_usage_error_of_snapshot_is_reported_by_the_lean_build_as_the_full_build_reports_it()
    {
        using var lean = new LeanBuild(LeanBuild.Echo);
        using var temp = new TempFolder();

        var run = lean.Run(temp.Path, "snapshot", "--no-such-option", "x.yaml");
        var direct = BriefProcess.RunIn(temp.Path, "snapshot", "--no-such-option", "x.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(direct.ToString(), run.ToString());
    }

    [Fact]
    public void A_pdf_handed_over_gives_what_the_full_build_gives()
    {
        using var lean = new LeanBuild(LeanBuild.Full);
        using var temp = new TempFolder();
        var brief = temp.Write("tiny.yaml", Briefs.Tiny().Replace("summary: { en: \"Summary.\"", "summary: { en: \"TODO: write\"", StringComparison.Ordinal));
        Assert.Equal(0, BriefProcess.RunIn(temp.Path, "render", brief, "--lang", "ko", "--out", temp.File("ko")).ExitCode);
        var pdf = temp.File("ko/tiny.ko.pdf");

        foreach (var args in (string[][])[["render", pdf, "--lang", "en", "--out", "{out}"], ["validate", pdf], ["extract", pdf, "-o", "{out}"]])
        {
            var viaLean = lean.Run(temp.Path, [.. args.Select(a => a.Replace("{out}", temp.File("lean-" + args[0]), StringComparison.Ordinal))]);
            var direct = BriefProcess.RunIn(temp.Path, [.. args.Select(a => a.Replace("{out}", temp.File("direct-" + args[0]), StringComparison.Ordinal))]);

            Assert.Equal(direct.ToString().Replace("direct-", "lean-", StringComparison.Ordinal), viaLean.ToString());
        }

        Assert.Contains("TODO", BriefProcess.RunIn(temp.Path, "validate", pdf).Error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(temp.File("direct-render/tiny.en.pdf")), File.ReadAllBytes(temp.File("lean-render/tiny.en.pdf")));
        Assert.Equal(File.ReadAllBytes(temp.File("direct-extract/tiny.yaml")), File.ReadAllBytes(temp.File("lean-extract/tiny.yaml")));
    }

    [Fact]
    public void A_handover_that_cannot_start_the_full_build_is_an_internal_error_said_in_one_line()
    {
        using var lean = new LeanBuild(LeanBuild.Echo);
        using var temp = new TempFolder();
        File.Delete(lean.FullCommand);

        var run = lean.Run(temp.Path, "extract", "x.pdf");

        Assert.Equal(70, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("brief: internal error: this command reads PDFs", run.Error, StringComparison.Ordinal);
        Assert.Contains(lean.FullCommand, run.Error, StringComparison.Ordinal);
        Assert.Single(run.ErrorLines);
    }
}
