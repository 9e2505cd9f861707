using Briefing.Cli.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Briefing.Cli.Tests.Commands;

/// <summary>
/// <c>brief watch</c> driven through real file-system events: a save by rename, a burst of writes, a brief
/// that turns invalid (its last good PDF stays) and valid again, and Ctrl-C.
/// </summary>
public sealed class WatchCommandTests
{
    private static string Title(string title) => Briefs.Tiny(title: $"{{ en: \"{title}\", ko: \"제목\" }}");

    private static string PdfText(string pdf)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(pdf));
        return string.Join(' ', document.GetPages().Select(p => p.Text));
    }

    private static int Count(IReadOnlyList<string> lines, string text) => lines.Count(l => l.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Renders_on_save_by_rename_keeps_the_last_good_pdf_through_an_error_and_a_burst_is_one_render()
    {
        using var temp = new TempFolder();
        var brief = temp.Write("briefs/tiny.yaml", Title("First title"));
        var pdf = temp.File("out/tiny.en.pdf");
        // A wide quiet window, so that a loaded test machine that pauses this test between two writes of the
        // burst does not split it; the default (50 ms) is for editors, which write a save in a few milliseconds.
        using var watch = new LiveBrief("watch", temp.File("briefs"), "--lang", "en", "--out", temp.File("out"), "--debounce", "400");
        watch.WaitUntil(() => watch.Out.Count == 1, "the first render");
        Assert.Equal(pdf, watch.Out[0]);
        Assert.Contains("First title", PdfText(pdf));

        // vim, JetBrains: the new text goes to another file, which is renamed over the brief.
        var swap = temp.Write("briefs/.tiny.yaml.swp", Title("Renamed title"));
        File.Move(swap, brief, overwrite: true);
        watch.WaitUntil(() => watch.Out.Count == 2, "the render after a save by rename");
        Assert.Contains("Renamed title", PdfText(pdf));

        // An error: printed as validate prints it, and the PDF is not touched.
        var good = File.ReadAllBytes(pdf);
        File.WriteAllText(brief, Briefs.MissingKorean("tiny"));
        watch.WaitUntil(() => watch.Error.Any(l => l.Contains("not rendered", StringComparison.Ordinal)), "the diagnostics of the broken brief");
        Assert.Contains($"{brief}:6:8: error BRF012: title has no 'ko' text", watch.Error);
        Assert.Equal(good, File.ReadAllBytes(pdf));
        Assert.Equal(2, watch.Out.Count);

        // Valid again, saved in a burst of partial writes (VS Code writes, then truncates and writes again).
        var text = Title("Final title");
        for (var i = 0; i < 5; i++)
        {
            File.WriteAllText(brief, text[..(text.Length / 2)]);
            File.AppendAllText(brief, text[(text.Length / 2)..]);
        }

        watch.WaitUntil(() => watch.Out.Count >= 3, "the render after the brief is valid again");
        Thread.Sleep(1500); // a second render of the burst would come within this
        Assert.Equal(3, watch.Out.Count);
        Assert.Contains("Final title", PdfText(pdf));
        Assert.Empty(Directory.GetFiles(temp.File("out"), ".*")); // no temporary file left behind

        Assert.Equal(130, watch.Stop(2));
        Assert.Contains("brief watch: stopped by SIGINT", watch.Error);
    }

    [Fact]
    public void A_watched_file_is_rendered_when_it_changes_and_sigterm_ends_the_session()
    {
        using var temp = new TempFolder();
        var brief = temp.Write("tiny.yaml", Title("One"));
        temp.Write("other.yaml", Briefs.MissingKorean("other")); // in the folder, but not watched
        using var watch = new LiveBrief("watch", brief, "--lang", "en", "--out", temp.File("out"));
        watch.WaitUntil(() => watch.Out.Count == 1, "the first render");

        File.WriteAllText(temp.File("other.yaml"), Briefs.Tiny("other"));
        File.WriteAllText(brief, Title("Two"));
        watch.WaitUntil(() => watch.Out.Count == 2, "the render after the change");
        Thread.Sleep(500);

        Assert.False(File.Exists(temp.File("out/other.en.pdf")));
        Assert.Contains("Two", PdfText(temp.File("out/tiny.en.pdf")));
        Assert.Equal(0, Count(watch.Error, "other.yaml"));
        Assert.Equal(143, watch.Stop(15));
    }
}
