using System.Text;
using Briefing.Snapshots.Images;
using Briefing.Snapshots.Pdf;
using Briefing.Snapshots.Tests.Support;
using Briefing.Snapshots.Verification;

namespace Briefing.Snapshots.Tests.Verification;

public sealed class SnapshotStoreTests : IDisposable
{
    private const string Name = "Sample.Snapshot";
    private readonly TempFolder folder = new();

    // BuildServer is always explicit here: the tests must behave the same on a laptop and under CI.
    private SnapshotStore Local(bool accept = false) => new(folder.Path, new SnapshotOptions(Accept: accept, BuildServer: false));

    private SnapshotStore BuildServer(bool accept) => new(folder.Path, new SnapshotOptions(Accept: accept, BuildServer: true));

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_missing_text_snapshot_fails_and_writes_the_received_file()
    {
        var result = Local().VerifyText(Name, "hello\n");

        Assert.False(result.Passed);
        Assert.Equal(SnapshotOutcome.Missing, result.Outcome);
        Assert.Equal(["Sample.Snapshot.received.txt"], folder.Files());
        Assert.Contains("BRIEF_ACCEPT_SNAPSHOTS=1", result.Message);
        Assert.Contains("+         1 | hello", result.Message);
    }

    [Fact]
    public void Accepting_writes_the_verified_file_and_the_next_run_matches()
    {
        var accepted = Local(accept: true).VerifyText(Name, "hello\n");
        var again = Local().VerifyText(Name, "hello\n");

        Assert.Equal(SnapshotOutcome.Accepted, accepted.Outcome);
        Assert.Equal(SnapshotOutcome.Matched, again.Outcome);
        Assert.Equal(["Sample.Snapshot.verified.txt"], folder.Files());
    }

    [Fact]
    public void Changing_one_word_of_a_pdf_fails_with_a_diff_that_shows_the_word()
    {
        // Given
        Local(accept: true).VerifyText(Name, PdfSnapshot.FromPdf(TestPdfs.TwoPages("quick")));

        // When
        var result = Local().VerifyText(Name, PdfSnapshot.FromPdf(TestPdfs.TwoPages("slow")));

        // Then
        Assert.Equal(SnapshotOutcome.Changed, result.Outcome);
        var diff = result.Message.Split('\n');
        Assert.Single(diff, line => line.StartsWith('-') && line.EndsWith("| [ 72, 102] The quick brown fox jumps", StringComparison.Ordinal));
        Assert.Single(diff, line => line.StartsWith('+') && line.EndsWith("| [ 72, 102] The slow brown fox jumps", StringComparison.Ordinal));
        Assert.Contains("@@ -16,7 +16,7 @@ --- page 1 (595 × 842) ---", diff);
        Assert.Contains("The slow brown", File.ReadAllText(folder.File("Sample.Snapshot.received.txt")));
    }

    [Fact]
    public void A_received_file_is_removed_when_the_snapshot_passes_again()
    {
        Local(accept: true).VerifyText(Name, "one\n");
        Local().VerifyText(Name, "two\n");
        Assert.Contains("Sample.Snapshot.received.txt", folder.Files());

        var result = Local().VerifyText(Name, "one\n");

        Assert.True(result.Passed);
        Assert.Equal(["Sample.Snapshot.verified.txt"], folder.Files());
    }

    [Fact]
    public void On_a_build_server_a_missing_snapshot_fails_and_accepting_is_refused()
    {
        var result = BuildServer(accept: true).VerifyText(Name, "hello\n");

        Assert.False(result.Passed);
        Assert.Equal(SnapshotOutcome.Missing, result.Outcome);
        Assert.Contains("refused", result.Message);
        Assert.DoesNotContain("Sample.Snapshot.verified.txt", folder.Files());
    }

    [Fact]
    public void On_a_build_server_a_changed_snapshot_fails_and_the_verified_file_stays()
    {
        Local(accept: true).VerifyText(Name, "one\n");

        var result = BuildServer(accept: true).VerifyText(Name, "two\n");

        Assert.Equal(SnapshotOutcome.Changed, result.Outcome);
        Assert.Equal("one\n", File.ReadAllText(folder.File("Sample.Snapshot.verified.txt")));
    }

    [Fact]
    public void With_CI_and_BRIEF_ACCEPT_SNAPSHOTS_both_set_the_store_refuses_to_accept()
    {
        // Given a verified snapshot, and an environment where both variables are set (as tests/run sets CI)
        Local(accept: true).VerifyText(Name, "one\n");
        var environment = new Dictionary<string, string> { ["CI"] = "true", ["BRIEF_ACCEPT_SNAPSHOTS"] = "1" };
        var options = SnapshotOptions.FromVariables(name => environment.GetValueOrDefault(name));

        // When a changed text is verified with the options read from that environment
        var result = new SnapshotStore(folder.Path, options).VerifyText(Name, "two\n");

        // Then it fails, says why, and the verified file is untouched
        Assert.True(options.AcceptRefused);
        Assert.Equal(SnapshotOutcome.Changed, result.Outcome);
        Assert.Contains("Accepting is refused: CI is set", result.Message);
        Assert.Equal("one\n", File.ReadAllText(folder.File("Sample.Snapshot.verified.txt")));
    }

    [Fact]
    public void With_only_BRIEF_ACCEPT_SNAPSHOTS_set_the_store_accepts()
    {
        // The control for the test above: the CI variable, not the store, is what refuses.
        Local(accept: true).VerifyText(Name, "one\n");
        var options = SnapshotOptions.FromVariables(name => name == "BRIEF_ACCEPT_SNAPSHOTS" ? "1" : null);

        var result = new SnapshotStore(folder.Path, options).VerifyText(Name, "two\n");

        Assert.Equal(SnapshotOutcome.Accepted, result.Outcome);
        Assert.Equal("two\n", File.ReadAllText(folder.File("Sample.Snapshot.verified.txt")));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    public void The_CI_variable_marks_a_build_server_when_set(string? value, bool buildServer)
    {
        Assert.Equal(buildServer, SnapshotOptions.IsBuildServer(value));
        Assert.Equal(!buildServer, new SnapshotOptions(Accept: true, BuildServer: SnapshotOptions.IsBuildServer(value)).MayAccept);
    }

    [Fact]
    public void Text_is_stored_with_lf_and_without_a_bom()
    {
        Local(accept: true).VerifyText(Name, "é\r\nb");

        Assert.Equal("é\nb\n"u8.ToArray(), File.ReadAllBytes(folder.File("Sample.Snapshot.verified.txt")));
    }

    [Fact]
    public void A_verified_file_with_crlf_and_a_bom_still_matches()
    {
        File.WriteAllText(folder.File("Sample.Snapshot.verified.txt"), "a\r\nb\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.True(Local().VerifyText(Name, "a\nb\n").Passed);
    }

    [Fact]
    public void Moving_a_rectangle_fails_an_image_snapshot_with_a_pixel_count_and_a_diff_png()
    {
        // Given
        Local(accept: true).VerifyPages(Name, PageImages.Render(TestPdfs.Rectangle(60), 72));

        // When
        var result = Local().VerifyPages(Name, PageImages.Render(TestPdfs.Rectangle(62), 72));

        // Then
        Assert.Equal(SnapshotOutcome.Changed, result.Outcome);
        Assert.Matches(@"page 1: \d+ pixels differ in x 60-122, y 80-120 px \(largest channel difference 255, tolerance 8\)", result.Message);
        Assert.Equal(
            ["Sample.Snapshot#page_0001.diff.png", "Sample.Snapshot#page_0001.received.png", "Sample.Snapshot#page_0001.verified.png"],
            folder.Files());
        var mask = PngCodec.Decode(File.ReadAllBytes(folder.File("Sample.Snapshot#page_0001.diff.png")));
        Assert.Equal((byte)255, mask.Pixels[(100 * mask.Width + 60) * 3]);
        Assert.Equal((byte)0, mask.Pixels[(100 * mask.Width + 60) * 3 + 1]);
    }

    [Fact]
    public void Received_and_diff_pngs_are_removed_when_the_pages_match_again()
    {
        var original = PageImages.Render(TestPdfs.Rectangle(60), 72);
        Local(accept: true).VerifyPages(Name, original);
        Local().VerifyPages(Name, PageImages.Render(TestPdfs.Rectangle(62), 72));

        var result = Local().VerifyPages(Name, original);

        Assert.Equal(SnapshotOutcome.Matched, result.Outcome);
        Assert.Equal(["Sample.Snapshot#page_0001.verified.png"], folder.Files());
    }

    [Fact]
    public void A_page_that_disappeared_fails_and_accepting_removes_its_verified_file()
    {
        var page = PageImages.Render(TestPdfs.Rectangle(60), 72)[0];
        Local(accept: true).VerifyPages(Name, [page, page]);

        var shorter = Local().VerifyPages(Name, [page]);
        var accepted = Local(accept: true).VerifyPages(Name, [page]);

        Assert.Equal(SnapshotOutcome.Changed, shorter.Outcome);
        Assert.Contains("page 2: the document no longer has this page", shorter.Message);
        Assert.Equal(SnapshotOutcome.Accepted, accepted.Outcome);
        Assert.Equal(["Sample.Snapshot#page_0001.verified.png"], folder.Files());
    }

    [Fact]
    public void On_a_build_server_a_missing_page_fails_without_writing_a_verified_png()
    {
        var result = BuildServer(accept: true).VerifyPages(Name, PageImages.Render(TestPdfs.Rectangle(60), 72));

        Assert.Equal(SnapshotOutcome.Missing, result.Outcome);
        Assert.Equal(["Sample.Snapshot#page_0001.received.png"], folder.Files());
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a#page")]
    [InlineData("..")]
    public void Names_that_are_not_plain_file_names_are_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => Local().VerifyText(name, "x"));
    }
}
