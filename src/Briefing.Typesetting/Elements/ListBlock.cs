using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// A list: each item's label sits in a fixed-width gutter and its body hangs beside it, so wrapped
/// lines align with the body, not the label. Tagged L / LI / Lbl / LBody. An item's body splits
/// across pages; its label is drawn once, on the first part.
/// </summary>
internal sealed class ListBlock : Element
{
    private readonly Element _inner;
    private readonly Element[] _items;
    private readonly double _spacing;

    public ListBlock(IReadOnlyList<ListItem> items, double labelWidth, double gap, double spacing)
    {
        var rows = new Element[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            rows[i] = new Tagged(
                new Row(
                    [
                        new RowItem(RowItemKind.Constant, labelWidth, new Tagged(item.Label, StructureRole.Lbl, null)),
                        new RowItem(RowItemKind.Relative, 1, new Tagged(item.Body, StructureRole.LBody, null)),
                    ],
                    gap),
                StructureRole.LI,
                null);
        }

        _items = rows;
        _spacing = spacing;
        _inner = new Tagged(new Column(rows, spacing), StructureRole.L, null);
    }

    /// <summary>
    /// The list as rows a parallel text pairs one by one with its counterpart's (<see cref="ParallelRows"/>):
    /// the LI items, inside one L structure element keyed by this list.
    /// </summary>
    public RowSet AsRows() => new(StructureRole.L, this, [], _items, _spacing, keepRowsTogether: false);

    public override SpacePlan Measure(Size available, PageContext page) => _inner.Measure(available, page);

    public override void Draw(Size available, DrawingContext context) => _inner.Draw(available, context);
}
