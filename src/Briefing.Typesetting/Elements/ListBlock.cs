using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// A list: each item's label sits in a fixed-width gutter and its body hangs beside it, so wrapped
/// lines align with the body, not the label. Tagged L / LI / Lbl / LBody. An item's body splits
/// across pages; its label is drawn once, on the first part. An item may come in pieces (each a row of
/// its own, one LI and LBody), and lists built with one key are one L (the pieces a parallel text pairs).
/// </summary>
internal sealed class ListBlock : Element
{
    private readonly Element _inner;
    private readonly Element[] _items;
    private readonly double _spacing;
    private readonly object _key;

    public ListBlock(IReadOnlyList<ListItem> items, double labelWidth, double gap, double spacing, object? key = null)
    {
        var rows = new Element[items.Count];
        object? itemKey = null;
        object? bodyKey = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            // A piece that continues the item before it joins that item's LI and LBody, and has no label of its own.
            var continues = item.Continues && itemKey is not null;
            if (!continues)
            {
                itemKey = new object();
                bodyKey = new object();
            }

            rows[i] = new Tagged(
                new Row(
                    [
                        new RowItem(RowItemKind.Constant, labelWidth, continues ? new Empty() : new Tagged(item.Label, StructureRole.Lbl, null)),
                        new RowItem(RowItemKind.Relative, 1, new Tagged(item.Body, StructureRole.LBody, null, bodyKey)),
                    ],
                    gap),
                StructureRole.LI,
                null,
                itemKey);
        }

        _items = rows;
        _spacing = spacing;
        _key = key ?? this;
        _inner = new Tagged(new Column(rows, spacing), StructureRole.L, null, _key);
    }

    /// <summary>
    /// The list as rows a parallel text pairs one by one with its counterpart's (<see cref="ParallelRows"/>):
    /// the LI items, inside one L structure element keyed by this list.
    /// </summary>
    public RowSet AsRows() => new(StructureRole.L, _key, [], _items, _spacing, keepRowsTogether: false);

    public override SpacePlan Measure(Size available, PageContext page) => _inner.Measure(available, page);

    public override void Draw(Size available, DrawingContext context) => _inner.Draw(available, context);
}
