using System.Text;

namespace Briefing.Snapshots.Pdf;

/// <summary>
/// Summarises a tag tree: counts per type in order of first appearance, then the reading order to two levels,
/// e.g. <c>Document &gt; H1, P, P, Table(TR×5)</c>; deeper levels show only in the counts.
/// </summary>
internal static class TagTreeSummary
{
    private const int WrapColumn = 100;

    public static IReadOnlyList<string> Format(IReadOnlyList<TagNode> roots)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var root in roots)
        {
            Count(root, counts, order);
        }

        var lines = new List<string>();
        var countItems = new List<string>(order.Count);
        foreach (var type in order)
        {
            countItems.Add($"{type} {counts[type]}");
        }

        lines.Add(countItems.Count == 0 ? "tags: (empty)" : "tags:");
        Wrap(countItems, "  ", lines);

        foreach (var root in roots)
        {
            var items = new List<string>(root.Kids.Count);
            foreach (var kid in root.Kids)
            {
                items.Add(kid.Kids.Count == 0 ? kid.Type : $"{kid.Type}({string.Join(", ", Collapse(kid.Kids))})");
            }

            if (items.Count == 0)
            {
                lines.Add($"  {root.Type}");
                continue;
            }

            items[0] = $"{root.Type} > {items[0]}";
            Wrap(items, "  ", lines);
        }

        return lines;
    }

    private static void Count(TagNode node, Dictionary<string, int> counts, List<string> order)
    {
        if (counts.TryGetValue(node.Type, out var count))
        {
            counts[node.Type] = count + 1;
        }
        else
        {
            counts[node.Type] = 1;
            order.Add(node.Type);
        }

        foreach (var kid in node.Kids)
        {
            Count(kid, counts, order);
        }
    }

    private static List<string> Collapse(IReadOnlyList<TagNode> nodes)
    {
        var items = new List<string>();
        var i = 0;
        while (i < nodes.Count)
        {
            var run = 1;
            while (i + run < nodes.Count && nodes[i + run].Type == nodes[i].Type)
            {
                run++;
            }

            items.Add(run == 1 ? nodes[i].Type : $"{nodes[i].Type}×{run}");
            i += run;
        }

        return items;
    }

    private static void Wrap(List<string> items, string indent, List<string> lines)
    {
        // A long list wraps at item boundaries so that one inserted element changes one line of the diff, not all.
        var line = new StringBuilder(indent);
        var lineHasItem = false;
        for (var i = 0; i < items.Count; i++)
        {
            var item = i < items.Count - 1 ? items[i] + "," : items[i];
            if (lineHasItem && line.Length + 1 + item.Length > WrapColumn)
            {
                lines.Add(line.ToString());
                line.Clear().Append(indent).Append("  ");
                lineHasItem = false;
            }

            if (lineHasItem)
            {
                line.Append(' ');
            }

            line.Append(item);
            lineHasItem = true;
        }

        if (lineHasItem)
        {
            lines.Add(line.ToString());
        }
    }
}
