using Briefing.Snapshots.Tests.Support;
using Briefing.Snapshots.Verification;

namespace Briefing.Snapshots.Tests.Verification;

/// <summary>A store given a file writer (the command line's atomic write) sends every write through it, and says its own accept hint.</summary>
public sealed class SnapshotStoreWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Every_file_a_store_writes_goes_through_the_writer_it_was_given()
    {
        // Given
        var written = new List<string>();
        SnapshotStore Store(bool accept) => new(folder.Path, new SnapshotOptions(Accept: accept, BuildServer: false), (path, bytes) =>
        {
            written.Add(Path.GetFileName(path));
            File.WriteAllBytes(path, bytes);
        });
        var white = Png(255);
        var black = Png(0);

        // When: accept text and a page, then check changed ones (received text, received page, diff mask)
        Store(accept: true).VerifyText("S", "one\n");
        Store(accept: true).VerifyPages("S", [white]);
        Store(accept: false).VerifyText("S", "two\n");
        Store(accept: false).VerifyPages("S", [black]);

        // Then
        Assert.Equal(["S.verified.txt", "S#page_0001.verified.png", "S.received.txt", "S#page_0001.received.png", "S#page_0001.diff.png"], written);
        Assert.Equal("two\n", File.ReadAllText(folder.File("S.received.txt")));
    }

    [Fact]
    public void An_accept_hint_replaces_the_environment_variable_advice()
    {
        var options = new SnapshotOptions(Accept: false, BuildServer: false) { AcceptHint = "To accept the change: brief snapshot briefs" };

        var result = new SnapshotStore(folder.Path, options).VerifyText("S", "new\n");

        Assert.Contains("\nTo accept the change: brief snapshot briefs\n", result.Message);
        Assert.DoesNotContain(SnapshotOptions.AcceptVariable, result.Message);
    }

    private static byte[] Png(byte value)
    {
        var pixels = new byte[4 * 4 * 3];
        Array.Fill(pixels, value);
        return Briefing.Snapshots.Images.PngCodec.Encode(new Briefing.Snapshots.Images.RgbImage(4, 4, pixels));
    }
}
