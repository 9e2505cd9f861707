namespace Briefing.Typesetting.Tests.Samples;

/// <summary>One element of the tag tree as <c>pdfinfo -struct-text</c> prints it.</summary>
public sealed class StructNode(string role)
{
    /// <summary>The structure type (Document, P, H1, Table, TR, TD, L, LI, Lbl, LBody, Link...).</summary>
    public string Role { get; } = role;

    /// <summary>The child elements, in order.</summary>
    public List<StructNode> Children { get; } = [];

    /// <summary>The text lines printed directly under this element, in order.</summary>
    public List<string> OwnText { get; } = [];

    // Text lines and children interleaved as printed: a Link sits between its paragraph's text lines.
    private readonly List<object> _items = [];

    /// <summary>All text of this element and its descendants, in reading order, joined without separators.</summary>
    public string Text => string.Concat(Pieces());

    /// <summary>This element and all below it, depth first.</summary>
    public IEnumerable<StructNode> Descendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.Descendants())
                yield return node;
        }
    }

    private IEnumerable<string> Pieces()
    {
        foreach (var item in _items)
            yield return item as string ?? ((StructNode)item).Text;
    }

    /// <summary>Parses <c>pdfinfo -struct-text</c> output (two spaces of indent per level, text lines in quotes).</summary>
    public static StructNode Parse(string output)
    {
        var root = new StructNode("(root)");
        var stack = new List<(int Indent, StructNode Node)> { (-1, root) };
        foreach (var raw in output.Split('\n'))
        {
            if (raw.Trim().Length == 0)
                continue;
            var indent = raw.Length - raw.TrimStart(' ').Length;
            var line = raw.Trim();
            while (stack[^1].Indent >= indent)
                stack.RemoveAt(stack.Count - 1);
            var parent = stack[^1].Node;
            if (line.StartsWith('"'))
            {
                var text = line.Length >= 2 && line.EndsWith('"') ? line[1..^1] : line[1..];
                parent.OwnText.Add(text);
                parent._items.Add(text);
                continue;
            }
            // Attribute lines ("/Scope /Column" under a TH) describe their element, they are no nodes.
            if (line.StartsWith("Object ", StringComparison.Ordinal) || line.StartsWith('/'))
                continue;
            // An element with attributes is printed as "TH:", its attributes on the lines below.
            var node = new StructNode(line.Split(' ')[0].TrimEnd(':'));
            parent.Children.Add(node);
            parent._items.Add(node);
            stack.Add((indent, node));
        }
        return root;
    }
}
