using Briefing.Cli.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Briefing.Cli.Tests.Commands;

/// <summary>
/// <c>brief render</c> writing real PDFs, or failing for content that cannot be laid out.
/// </summary>
public sealed class RenderOutputTests
{
    private static readonly string SummitKo = $"out/{Briefs.SummitId}.ko.pdf";
    private static readonly string SummitEn = $"out/{Briefs.SummitId}.en.pdf";
    private static readonly string SummitFr = $"out/{Briefs.SummitId}.fr.pdf";

    [Fact]
    public void By_default_every_language_of_the_brief_is_rendered_into_out_and_listed_on_stdout()
    {
        using var temp = new TempFolder();

        var run = BriefProcess.RunIn(temp.Path, "render", Briefs.Summit);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([SummitEn, SummitKo, SummitFr], run.OutLines);
        Assert.Equal(string.Empty, run.Error);
        AssertPdf(temp.File(SummitEn));
        AssertPdf(temp.File(SummitKo));
        AssertPdf(temp.File(SummitFr));
    }

    [Fact]
    public void A_title_too_long_for_the_running_header_renders_cut_to_one_line()
    {
        // Given a title of 3000 words, which the neutral note's running header repeats from page 2. It failed with
        // BRF903 ("the header grew taller than the space reserved for it"); the header now cuts the title to one
        // line. (Where a layout failure is reported, field, line and column, is BriefFieldsTests' subject.)
        using var temp = new TempFolder();
        var title = "{ en: \"" + string.Join(' ', Enumerable.Repeat("word", 3000)) + "\", ko: \"제목\" }";
        var file = temp.Write("long-title.yaml", Briefs.Tiny("long-title", title: title));

        // When
        var run = BriefProcess.Run("render", file, "--lang", "en", "--frame", "neutral", "--out", temp.File("out"));

        // Then
        Assert.True(run.ExitCode == 0, string.Join("\n", run.ErrorLines));
        Assert.True(File.Exists(temp.File(Path.Combine("out", "long-title.en.pdf"))));
    }

    [Theory]
    [InlineData("ko", new[] { "ko" })]
    [InlineData("en", new[] { "en" })]
    [InlineData("en,ko", new[] { "en", "ko" })]
    [InlineData("ko,en", new[] { "ko", "en" })]
    [InlineData("fr", new[] { "fr" })]
    [InlineData("all", new[] { "en", "ko", "fr" })]
    [InlineData("ko+en", new[] { "ko+en" })]
    [InlineData("en+fr,ko+en", new[] { "en+fr", "ko+en" })]
    [InlineData("ko,ko+en", new[] { "ko", "ko+en" })]
    public void Lang_selects_the_languages_written(string lang, string[] expected)
    {
        using var temp = new TempFolder();

        var run = BriefProcess.RunIn(temp.Path, "render", Briefs.Summit, "--lang", lang);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected.Select(l => $"out/{Briefs.SummitId}.{l}.pdf"), run.OutLines);
        Assert.Equal(expected.Length, Directory.GetFiles(temp.File("out")).Length);
    }

    [Fact]
    public void A_parallel_edition_is_one_pdf_named_after_both_languages()
    {
        using var temp = new TempFolder();

        var run = BriefProcess.RunIn(temp.Path, "render", Briefs.Summit, "--lang", "ko+en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
        var file = temp.File($"out/{Briefs.SummitId}.ko+en.pdf");
        AssertPdf(file);
        using var pdf = PdfDocument.Open(file);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("한-캐나다 정상회담", text);
        Assert.Contains("Korea-Canada Summit", text);
    }

    [Fact]
    public void A_parallel_edition_with_a_language_the_brief_lacks_is_an_error_writes_nothing_and_removes_its_old_pdf()
    {
        using var temp = new TempFolder();
        var file = temp.Write("en.yaml", Briefs.EnglishOnly("english-only"));
        var stale = temp.Write("out/english-only.en+ko.pdf", "%PDF-stale");

        var run = BriefProcess.Run("render", file, "--lang", "en+ko", "--out", temp.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: error BRF901: the brief has no 'ko' version; its languages are en", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(stale));
        Assert.Empty(Directory.EnumerateFiles(temp.File("out")));
    }

    [Fact]
    public void Out_names_the_folder_and_creates_it()
    {
        using var temp = new TempFolder();
        var output = temp.File("deep/er/pdfs");

        var run = BriefProcess.Run("render", Briefs.Summit, "--lang", "ko", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(Path.Combine(output, Briefs.SummitId + ".ko.pdf"), Assert.Single(run.OutLines));
        AssertPdf(Path.Combine(output, Briefs.SummitId + ".ko.pdf"));
    }

    [Fact]
    public void Paper_overrides_the_briefs_own_paper()
    {
        using var temp = new TempFolder();

        var letter = BriefProcess.Run("render", Briefs.Summit, "--lang", "ko", "--paper", "letter", "--out", temp.File("letter"));
        var a4 = BriefProcess.Run("render", Briefs.Summit, "--lang", "ko", "--out", temp.File("a4"));

        Assert.True(letter.ExitCode == 0, letter.ToString());
        Assert.True(a4.ExitCode == 0, a4.ToString());
        Assert.Equal(612, PageWidth(temp.File($"letter/{Briefs.SummitId}.ko.pdf")), 0);
        Assert.Equal(595, PageWidth(temp.File($"a4/{Briefs.SummitId}.ko.pdf")), 0);
    }

    [Fact]
    public void One_bad_brief_does_not_stop_the_others_and_the_exit_code_reports_it()
    {
        using var temp = new TempFolder();
        temp.Write("briefs/a-bad.yaml", Briefs.MissingKorean("a-bad"));
        temp.Write("briefs/b-good.yaml", Briefs.Tiny("b-good"));

        var run = BriefProcess.RunIn(temp.Path, "render", "briefs");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["out/b-good.en.pdf", "out/b-good.ko.pdf"], run.OutLines);
        Assert.Contains("briefs/a-bad.yaml:6:8: error BRF012", run.Error);
        Assert.False(File.Exists(temp.File("out/a-bad.en.pdf")));
        AssertPdf(temp.File("out/b-good.ko.pdf"));
    }

    [Fact]
    public void A_failed_render_is_one_line_removes_the_outdated_pdf_and_leaves_no_temporary_file()
    {
        // Given an old PDF at the target, and a brief whose English title has a character no font covers
        using var temp = new TempFolder();
        var file = temp.Write("tibetan.yaml", Briefs.Tiny("tibetan", title: "{ en: \"Title ཀ\", ko: \"제목\" }"));
        var stale = temp.Write("out/tibetan.en.pdf", "%PDF-stale");

        // When
        var run = BriefProcess.Run("render", file, "--out", temp.File("out"));

        // Then the Korean PDF is written, the English one is gone, and the error names code, character, field
        // and line: found by the font-coverage check before rendering (BRF054), not by a failed render (BRF902)
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{file}:6:8: error BRF054: title.en holds U+0F40", error);
        Assert.False(File.Exists(stale));
        Assert.Equal([temp.File("out/tibetan.ko.pdf")], run.OutLines);
        Assert.Equal(["tibetan.ko.pdf"], Directory.GetFiles(temp.File("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unwritable_output_folder_is_a_clear_error_with_no_partial_file()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny("tiny"));
        var output = UnwritableFolder(temp);

        var run = BriefProcess.Run("render", file, "--lang", "en", "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{file}: error BRF904: cannot write '{Path.Combine(output, "tiny.en.pdf")}': ", Assert.Single(run.ErrorLines));
        Assert.Equal(string.Empty, run.Out);
        Assert.False(File.Exists(Path.Combine(output, "tiny.en.pdf")));
        Assert.Empty(Directory.GetFiles(output, "*tiny*"));
    }

    [Fact]
    public void A_folder_in_the_way_of_a_pdf_is_a_write_error_and_no_temporary_file_is_left()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.yaml", Briefs.Tiny("tiny"));
        Directory.CreateDirectory(temp.File("out/tiny.en.pdf"));

        var run = BriefProcess.Run("render", file, "--lang", "en", "--out", temp.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}: error BRF904: cannot write", run.Error);
        Assert.Empty(Directory.GetFiles(temp.File("out"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Parallel_rendering_gives_the_same_output_and_bytes_as_one_brief_at_a_time()
    {
        using var temp = new TempFolder();
        foreach (var id in new[] { "c-third", "a-first", "b-second" })
        {
            temp.Write($"briefs/{id}.yaml", Briefs.Tiny(id));
        }

        var together = BriefProcess.RunIn(temp.Path, "render", "briefs", "--out", "together");
        var alone = new[] { "a-first", "b-second", "c-third" }
            .Select(id => BriefProcess.RunIn(temp.Path, "render", $"briefs/{id}.yaml", "--out", "alone"))
            .ToList();

        Assert.True(together.ExitCode == 0, together.ToString());
        Assert.All(alone, run => Assert.Equal(0, run.ExitCode));
        Assert.Equal(
            ["together/a-first.en.pdf", "together/a-first.ko.pdf", "together/b-second.en.pdf", "together/b-second.ko.pdf", "together/c-third.en.pdf", "together/c-third.ko.pdf"],
            together.OutLines);
        foreach (var name in Directory.GetFiles(temp.File("alone")).Select(Path.GetFileName))
        {
            Assert.Equal(File.ReadAllBytes(temp.File("alone/" + name)), File.ReadAllBytes(temp.File("together/" + name)));
        }
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes()
    {
        using var temp = new TempFolder();

        var first = BriefProcess.Run("render", Briefs.Summit, "--out", temp.File("one"));
        var second = BriefProcess.Run("render", Briefs.Summit, "--out", temp.File("two"));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        foreach (var lang in new[] { "en", "ko" })
        {
            Assert.Equal(
                File.ReadAllBytes(temp.File($"one/{Briefs.SummitId}.{lang}.pdf")),
                File.ReadAllBytes(temp.File($"two/{Briefs.SummitId}.{lang}.pdf")));
        }
    }

    private static void AssertPdf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{path} is only {bytes.Length} bytes");
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 1);
    }

    [Fact]
    public void Korean_is_a_report_by_default_and_frame_chooses_another()
    {
        using var temp = new TempFolder();

        var byDefault = BriefProcess.RunIn(temp.Path, "render", Briefs.Summit, "--lang", "ko", "--out", "default");
        var neutral = BriefProcess.RunIn(temp.Path, "render", Briefs.Summit, "--lang", "ko", "--out", "neutral", "--frame", "neutral");
        var english = BriefProcess.RunIn(temp.Path, "render", Briefs.Summit, "--lang", "en", "--out", "report", "--frame", "report");

        Assert.True(byDefault.ExitCode == 0, byDefault.ToString());
        Assert.True(neutral.ExitCode == 0, neutral.ToString());
        Assert.True(english.ExitCode == 0, english.ToString());
        // The report numbers its pages "- 1 -" and marks its points with squares; the neutral note says "1 / 3 쪽".
        Assert.Contains("- 1 -", FirstPageWords(temp.File($"default/{Briefs.SummitId}.ko.pdf")), StringComparison.Ordinal);
        Assert.Contains("\u25A1", FirstPageWords(temp.File($"default/{Briefs.SummitId}.ko.pdf")), StringComparison.Ordinal);
        Assert.DoesNotContain("- 1 -", FirstPageWords(temp.File($"neutral/{Briefs.SummitId}.ko.pdf")), StringComparison.Ordinal);
        Assert.Contains("쪽", FirstPageWords(temp.File($"neutral/{Briefs.SummitId}.ko.pdf")), StringComparison.Ordinal);
        Assert.Contains("\u25A1", FirstPageWords(temp.File($"report/{Briefs.SummitId}.en.pdf")), StringComparison.Ordinal);
    }

    private static string FirstPageWords(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text));
    }

    private static double PageWidth(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return pdf.GetPage(1).Width;
    }

    // Root ignores permission bits, so for root the folder is one in /proc, where nothing can be created.
    private static string UnwritableFolder(TempFolder temp)
    {
        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
        {
            return "/proc";
        }

        var folder = temp.File("read-only");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return folder;
    }
}
