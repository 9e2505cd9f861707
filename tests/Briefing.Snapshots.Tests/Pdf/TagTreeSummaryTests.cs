using Briefing.Snapshots.Pdf;

namespace Briefing.Snapshots.Tests.Pdf;

public sealed class TagTreeSummaryTests
{
    private static TagNode Leaf(string type) => new(type, []);

    private static TagNode Node(string type, params TagNode[] kids) => new(type, kids);

    [Fact]
    public void Reading_order_shows_two_levels_and_collapses_runs_below()
    {
        // Given
        var rows = Enumerable.Range(0, 5).Select(_ => Node("TR", Leaf("TD"), Leaf("TD"))).ToArray();
        var document = Node("Document", Leaf("H1"), Leaf("P"), Leaf("P"), Node("Table", rows));

        // When
        var lines = TagTreeSummary.Format([document]);

        // Then
        Assert.Equal(
            ["tags:", "  Document 1, H1 1, P 2, Table 1, TR 5, TD 10", "  Document > H1, P, P, Table(TR×5)"],
            lines);
    }

    [Fact]
    public void A_long_reading_order_wraps_at_items_so_one_change_touches_one_line()
    {
        var document = Node("Document", Enumerable.Range(0, 60).Select(_ => Leaf("P")).ToArray());

        var lines = TagTreeSummary.Format([document]);

        Assert.True(lines.Count > 3);
        Assert.All(lines, line => Assert.True(line.Length <= 100, line));
        Assert.StartsWith("  Document > P, P,", lines[2]);
        Assert.All(lines.Skip(3), line => Assert.StartsWith("    P,", line.TrimEnd(',') + ","));
    }

    [Fact]
    public void An_empty_tree_says_so()
    {
        Assert.Equal(["tags: (empty)"], TagTreeSummary.Format([]));
    }
}
