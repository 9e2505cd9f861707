using Briefing.Snapshots.Images;
using Briefing.Snapshots.Verification;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// The "done when" of issue 6: moving one element by 2 pt makes an image snapshot fail, and the <c>.diff.png</c>
/// shows where. Two documents from the engine differ only in where one rule stands.
/// </summary>
public sealed class TwoPointMoveTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("brief-two-points-").FullName;

    [Fact]
    public void Moving_a_rule_2_pt_to_the_right_fails_the_page_snapshot_and_the_diff_mask_marks_its_edges()
    {
        // Given: a verified page with a 100 × 10 pt rule whose left edge is at x = 50 pt, y = 80 pt
        var accept = new SnapshotStore(_temp, new SnapshotOptions(Accept: true, BuildServer: false));
        Assert.Equal(SnapshotOutcome.Accepted, accept.VerifyPages("rule", Pages(left: 50)).Outcome);

        // When: the same document with the rule 2 pt further right is checked
        var check = new SnapshotStore(_temp, new SnapshotOptions(Accept: false, BuildServer: true));
        var result = check.VerifyPages("rule", Pages(left: 52));

        // Then: it fails, names the region, and the mask is red exactly at the two edges that moved (72 dpi: 1 pt = 1 px)
        Assert.Equal(SnapshotOutcome.Changed, result.Outcome);
        Assert.Contains("page 1: ", result.Message);
        var diffPath = Path.Combine(_temp, "rule#page_0001.diff.png");
        Assert.Contains(diffPath, result.WrittenFiles);
        Assert.True(File.Exists(Path.Combine(_temp, "rule#page_0001.received.png")));

        var mask = PngCodec.Decode(File.ReadAllBytes(diffPath));
        var red = RedPixels(mask);
        Assert.NotEmpty(red);
        Assert.All(red, p => Assert.InRange(p.Y, 79, 91));
        Assert.All(red, p => Assert.True(p.X is >= 49 and <= 53 or >= 149 and <= 153, $"red pixel at ({p.X}, {p.Y}) away from the moved edges"));
        Assert.Contains(red, p => p.X <= 53);
        Assert.Contains(red, p => p.X >= 149);
        var region = Assert.Single(result.Message.Split('\n'), line => line.StartsWith("page 1: ", StringComparison.Ordinal));
        Assert.Matches(@"in x (49|50)-(151|152|153), y (79|80)-(89|90|91) px", region);
    }

    [Fact]
    public void The_same_document_rendered_twice_matches_its_page_snapshot()
    {
        var accept = new SnapshotStore(_temp, new SnapshotOptions(Accept: true, BuildServer: false));
        accept.VerifyPages("rule", Pages(left: 50));

        var result = new SnapshotStore(_temp, new SnapshotOptions(Accept: false, BuildServer: true)).VerifyPages("rule", Pages(left: 50));

        Assert.Equal(SnapshotOutcome.Matched, result.Outcome);
        Assert.Empty(Directory.EnumerateFiles(_temp, "*.received.*"));
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static IReadOnlyList<byte[]> Pages(double left)
    {
        const double width = 200;
        var document = new Document
        {
            Page = new PageSetup(new Size(width, width), Thickness.All(0)),
            Body = Briefing.Typesetting.Fluent.Blocks.Line(10, Color.Black).Padding(new Thickness(left, 80, width - left - 100, 0)),
            Metadata = new DocumentMetadata { Title = "Two points" },
        };
        return PageImages.Render(document.GeneratePdf(), BriefSnapshots.Dpi);
    }

    private static List<(int X, int Y)> RedPixels(RgbImage image)
    {
        var found = new List<(int, int)>();
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var i = (y * image.Width + x) * 3;
                if (image.Pixels[i] == 255 && image.Pixels[i + 1] == 0 && image.Pixels[i + 2] == 0)
                {
                    found.Add((x, y));
                }
            }
        }

        return found;
    }
}
