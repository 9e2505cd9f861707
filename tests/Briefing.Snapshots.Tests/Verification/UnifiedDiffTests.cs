using Briefing.Snapshots.Verification;

namespace Briefing.Snapshots.Tests.Verification;

public sealed class UnifiedDiffTests
{
    private static string Numbered(int count, int changed = 0) =>
        string.Concat(Enumerable.Range(1, count).Select(i => i == changed ? $"changed {i}\n" : $"line {i}\n"));

    [Fact]
    public void A_changed_line_shows_three_lines_of_context_with_numbers_on_both_sides()
    {
        var diff = UnifiedDiff.Create(Numbered(20), Numbered(20, changed: 10), "old", "new");

        Assert.Equal(
            """
            --- old
            +++ new
            @@ -7,7 +7,7 @@
                 7    7 | line 7
                 8    8 | line 8
                 9    9 | line 9
            -   10      | line 10
            +        10 | changed 10
                11   11 | line 11
                12   12 | line 12
                13   13 | line 13

            """.ReplaceLineEndings("\n"),
            diff);
    }

    [Fact]
    public void Changes_far_apart_make_separate_hunks_and_close_ones_share_one()
    {
        var far = UnifiedDiff.Create(Numbered(40), Numbered(40, 5).Replace("line 30\n", "changed 30\n", StringComparison.Ordinal), "a", "b");
        var near = UnifiedDiff.Create(Numbered(40), Numbered(40, 5).Replace("line 9\n", "changed 9\n", StringComparison.Ordinal), "a", "b");

        Assert.Equal(2, far.Split('\n').Count(line => line.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Equal(1, near.Split('\n').Count(line => line.StartsWith("@@", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_hunk_header_names_the_nearest_heading_above_the_change()
    {
        var old = "--- page 1 ---\n" + Numbered(10) + "--- page 2 ---\n" + Numbered(10);
        var changed = "--- page 1 ---\n" + Numbered(10) + "--- page 2 ---\n" + Numbered(10, changed: 8);

        var diff = UnifiedDiff.Create(old, changed, "a", "b", line => line.StartsWith("--- page", StringComparison.Ordinal));

        Assert.Contains("\n@@ -17,6 +17,6 @@ --- page 2 ---\n", diff);
    }
}
