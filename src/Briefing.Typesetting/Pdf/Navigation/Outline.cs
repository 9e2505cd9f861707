using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf.Navigation;

/// <summary>
/// The bookmarks (PDF 32000-1, 12.3.3), built from outline entries in drawing order. Every item is open,
/// so a reader sees the whole outline at once.
/// </summary>
internal sealed class Outline
{
    private readonly List<OutlineItem> _top = [];
    private readonly List<OutlineItem> _levels = [];

    /// <summary>Whether there is any bookmark.</summary>
    public bool IsEmpty => _top.Count == 0;

    /// <summary>Adds a bookmark at <paramref name="level"/> (1 = top); a level deeper than its predecessor allows hangs under the deepest entry there is.</summary>
    public void Add(string title, int level, int page, double left, double top)
    {
        if (level < 1)
            throw new ArgumentException($"Outline entry '{title}' has level {level}; levels start at 1.");
        level = Math.Min(level, _levels.Count + 1);
        var item = new OutlineItem(title, page, left, top);
        (level == 1 ? _top : _levels[level - 2].Children).Add(item);
        if (_levels.Count >= level)
            _levels.RemoveRange(level - 1, _levels.Count - level + 1);
        _levels.Add(item);
    }

    /// <summary>Writes the outline dictionary and its items; returns the dictionary's object number.</summary>
    public int Write(PdfFileWriter file, IReadOnlyList<int> pageObjects)
    {
        var root = file.Reserve();
        // Items in pre-order with their parent and siblings, found without recursion: a brief's outline is
        // shallow, but the engine accepts any level sequence, and 1, 2, 3, … nests as deep as it is long.
        var all = new List<(OutlineItem Item, int Parent, List<OutlineItem> Siblings, int Index)>();
        var stack = new Stack<(List<OutlineItem> Siblings, int Parent)>();
        stack.Push((_top, root));
        while (stack.Count > 0)
        {
            var (siblings, parent) = stack.Pop();
            for (var i = 0; i < siblings.Count; i++)
            {
                siblings[i].ObjectNumber = file.Reserve();
                all.Add((siblings[i], parent, siblings, i));
            }
            for (var i = siblings.Count - 1; i >= 0; i--)
            {
                if (siblings[i].Children.Count > 0)
                    stack.Push((siblings[i].Children, siblings[i].ObjectNumber));
            }
        }

        // Every item is open, so an item's /Count is the number of all its descendants.
        var descendants = new Dictionary<OutlineItem, int>(all.Count);
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var item = all[i].Item;
            var count = 0;
            foreach (var child in item.Children)
                count += 1 + descendants[child];
            descendants[item] = count;
        }
        var total = 0;
        foreach (var item in _top)
            total += 1 + descendants[item];

        file.Begin(root).Ascii("<</Type/Outlines/First ").Ref(_top[0].ObjectNumber).Ascii("/Last ").Ref(_top[^1].ObjectNumber)
            .Ascii("/Count ").Int(total).Ascii(">>");
        file.End();
        foreach (var (item, parent, siblings, index) in all)
        {
            var o = file.Begin(item.ObjectNumber).Ascii("<</Title").Text(item.Title).Ascii("/Parent ").Ref(parent);
            if (index > 0)
                o.Ascii("/Prev ").Ref(siblings[index - 1].ObjectNumber);
            if (index < siblings.Count - 1)
                o.Ascii("/Next ").Ref(siblings[index + 1].ObjectNumber);
            if (item.Children.Count > 0)
            {
                o.Ascii("/First ").Ref(item.Children[0].ObjectNumber).Ascii("/Last ").Ref(item.Children[^1].ObjectNumber)
                    .Ascii("/Count ").Int(descendants[item]);
            }
            o.Ascii("/Dest[").Ref(pageObjects[item.Page]).Ascii("/XYZ ").Real(item.Left).Space().Real(item.Top).Ascii(" null]>>");
            file.End();
        }
        return root;
    }
}
