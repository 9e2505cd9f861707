using System.Text;
using Briefing.Loading;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Loading;

public sealed class LoadLimitsTests
{
    [Fact]
    public void A_billion_laughs_file_is_rejected_at_its_first_anchor_without_expanding_anything()
    {
        // Given the classic alias bomb: nine levels of ten aliases each
        var yaml = BillionLaughs();

        // When
        var result = new BriefLoader().Load(yaml, "briefs/bomb.yaml");

        // Then
        Assert.Null(result.Brief);
        var aliasProblems = result.Diagnostics.Where(d => d.Code == "BRF003").ToList();
        Assert.Equal(10 + 90, aliasProblems.Count); // every anchor and alias, each once
        Assert.Equal((1, 5), (aliasProblems[0].Span.Line, aliasProblems[0].Span.Column));
        Assert.Equal("YAML anchors are not allowed ('&a0')", aliasProblems[0].Message);
    }

    [Fact]
    public void A_billion_laughs_file_builds_one_node_per_token_of_the_file_not_per_expansion()
    {
        // Given the alias bomb, which expanded would hold 10^10 strings
        var yaml = BillionLaughs();

        // When the tree is built (the work is bounded by the nodes it makes; the timing is in LoadBenchmarks)
        var tree = new YamlTreeBuilder("bomb.yaml", LoadLimits.Default, new Briefing.Diagnostics.DiagnosticBag()).Build(yaml);

        // Then: the root mapping, 10 keys, 10 lists and their 100 items, each alias kept as the literal text "*aN"
        Assert.Equal(1 + 10 + 10 + 100, CountNodes(tree!));
        var last = Assert.IsType<YSequence>(((YMapping)tree!).Entries[^1].Value);
        Assert.All(last.Items, item => Assert.Equal("*a8", Assert.IsType<YScalar>(item).Value));
    }

    /// <summary>Nine levels of ten aliases each over a list of ten strings: the classic YAML alias bomb.</summary>
    internal static string BillionLaughs()
    {
        var yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = $"*a{level - 1}";
            yaml.Append($"a{level}: &a{level} [{string.Join(",", Enumerable.Repeat(previous, 10))}]\n");
        }

        return yaml.ToString();
    }

    private static int CountNodes(YNode root)
    {
        var count = 0;
        var pending = new Stack<YNode>([root]);
        while (pending.TryPop(out var node))
        {
            count++;
            switch (node)
            {
                case YMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        pending.Push(entry.Key);
                        pending.Push(entry.Value);
                    }

                    break;
                case YSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return count;
    }

    [Fact]
    public void Deep_nesting_stops_at_the_depth_limit_without_overflowing_the_stack()
    {
        // Given 100 000 nested flow lists under one key
        var yaml = "title: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        // When
        var result = new BriefLoader().Load(yaml, "briefs/deep.yaml");

        // Then: the root mapping is level 1, so the 32nd '[' (column 8 + 31) is one level too deep
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("BRF004", 1, 39), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal("nesting deeper than 32 levels", diagnostic.Message);
    }

    [Fact]
    public void A_huge_text_is_rejected_with_its_position()
    {
        var yaml = SampleBriefs.Minimal.Replace("title: { en: \"Title\"", "title: { en: \"" + new string('x', 1_200_000) + "\"");

        var result = new BriefLoader().Load(yaml, "briefs/x.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("briefs/x.yaml:5:14: error BRF005: a text of 1200000 characters; the limit is 1000000", diagnostic.ToString());
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_before_parsing()
    {
        var yaml = "# " + new string('x', (16 * 1024 * 1024) + 1) + "\n";

        var diagnostic = Assert.Single(new BriefLoader().Load(yaml, "briefs/big.yaml").Diagnostics);

        Assert.Equal(("BRF002", 1, 1), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void A_file_on_disk_over_the_size_limit_is_rejected_without_reading_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"brief-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, new string('#', 2000));
        try
        {
            var result = new BriefLoader(new LoadLimits { MaxFileBytes = 1000 }).Load(path);

            Assert.Equal($"{path}:1:1: error BRF002: the file is 2000 bytes; the limit is 1000", Assert.Single(result.Diagnostics).ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_list_longer_than_the_limit_is_rejected_at_the_list()
    {
        var timeline = new StringBuilder("\ntimeline:\n");
        for (var i = 0; i < 10_001; i++)
        {
            timeline.Append("  - { date: 2025-10-30, event: E }\n");
        }

        var result = new BriefLoader().Load(SampleBriefs.Minimal + timeline, "briefs/x.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("BRF006", 11, 3), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Smaller_limits_can_be_passed_in()
    {
        var limits = new LoadLimits { MaxTextLength = 5 };

        var result = new BriefLoader(limits).Load(SampleBriefs.Minimal, "briefs/x.yaml");

        Assert.Contains(result.Diagnostics, d => d.Code == "BRF005");
    }
}
