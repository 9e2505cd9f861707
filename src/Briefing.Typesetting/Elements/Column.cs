using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Stacks items vertically with spacing between them. When an item does not fit, the column stops
/// there (splitting the item if it can split) and continues with it on the next page.
/// </summary>
internal sealed class Column(IReadOnlyList<Element> items, double spacing) : Element
{
    /// <summary>The last item, which decides whether the column ends with a keep-with-next item.</summary>
    public Element? LastItem => items.Count > 0 ? items[^1] : null;

    // Placements are planned on the stack (a list a Measure, grown by doubling, was a tenth of what the layouts of
    // a document with page numbers allocated); a column that places more items on one page grows onto the heap.
    private const int StackPlacements = 16;

    public override SpacePlan Measure(Size available, PageContext page)
    {
        var placements = new Placements(stackalloc Placement[StackPlacements]);
        return Plan(available, page, ref placements);
    }

    public override void Draw(Size available, DrawingContext context)
    {
        var placements = new Placements(stackalloc Placement[StackPlacements]);
        Plan(available, context.Page, ref placements);
        foreach (var p in placements.Planned)
        {
            context.Canvas.Translate(0, p.Top);
            items[p.Index].Draw(new Size(available.Width, p.Height), context);
            context.Canvas.Translate(0, -p.Top);
            context.Page.Progress.Get<Cursor>(this).Next = p.Kind == SpacePlanKind.FullRender ? p.Index + 1 : p.Index;
        }
    }

    // Measure needs the placements too (keep-with-next backs up), so both plan into a list of them.
    private SpacePlan Plan(Size available, PageContext page, ref Placements placements)
    {
        var allDone = true;
        string? wrapReason = null;
        var y = 0.0;
        for (var i = page.Progress.Find<Cursor>(this)?.Next ?? 0; i < items.Count; i++)
        {
            var top = placements.Count > 0 ? y + spacing : 0;
            if (!Fit.Within(top, available.Height))
            {
                // An item that draws nothing takes no spacing either: a draw given exactly the measured height
                // would otherwise find no room for it and move the items kept with it to the next page.
                if (items[i].Measure(new Size(available.Width, 0), page).Kind == SpacePlanKind.Empty)
                    continue;
                allDone = false;
                wrapReason = "no room left";
                break;
            }

            var plan = items[i].Measure(new Size(available.Width, Math.Max(0, available.Height - top)), page);
            if (plan.Kind == SpacePlanKind.Empty)
                continue;
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                allDone = false;
                wrapReason = plan.WrapReason;
                break;
            }

            placements.Add(new Placement(i, top, plan.Size.Height, plan.Size.Width, plan.Kind));
            y = top + plan.Size.Height;
            if (plan.Kind == SpacePlanKind.PartialRender)
            {
                allDone = false;
                break;
            }
        }

        if (!page.KeepRulesRelaxed && !allDone && placements.Count > 0)
        {
            // The last item placed ends with a keep-with-next item of its own (a heading closing a nested
            // column) and what follows it here did not fit: place the item without its tail, which then
            // starts the next page with its successor, or move it whole when nothing comes before its tail.
            var last = placements[^1];
            var item = items[last.Index];
            if (last.Kind == SpacePlanKind.FullRender && !KeepWithNext.Applies(item) && KeepWithNext.EndsWith(item))
            {
                var shorter = item.Measure(new Size(available.Width, Math.Max(0, last.Height - TailSlack)), page);
                placements.RemoveAt(placements.Count - 1);
                if (shorter.Kind == SpacePlanKind.PartialRender && shorter.Size.Height > 0)
                    placements.Add(last with { Height = shorter.Size.Height, Width = shorter.Size.Width, Kind = SpacePlanKind.PartialRender });
                else
                    wrapReason = $"item ending with one kept with next, which does not fit ({wrapReason ?? "no room"})";
            }
        }

        if (!page.KeepRulesRelaxed)
        {
            // A keep-with-next item that ends the page's part of the column goes to the next page with its successor.
            while (placements.Count > 0)
            {
                var last = placements[^1];
                if (last.Kind != SpacePlanKind.FullRender || last.Index >= items.Count - 1 || !KeepWithNext.Applies(items[last.Index]))
                    break;
                if (allDone)
                    break; // everything after it is empty
                placements.RemoveAt(placements.Count - 1);
                wrapReason = $"item kept with next, which does not fit ({wrapReason ?? "no room"})";
            }
        }

        if (placements.Count == 0)
            return allDone ? SpacePlan.Empty() : SpacePlan.Wrap($"Column > {wrapReason}");

        var width = 0.0;
        foreach (var p in placements.Planned)
            width = Math.Max(width, p.Width);
        var height = placements[^1].Top + placements[^1].Height;
        return allDone ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    // Less than any line or box, more than rounding: measuring an item in its height minus this makes
    // its last part (the tail kept with next) no longer fit.
    private const double TailSlack = 0.01;

    private readonly record struct Placement(int Index, double Top, double Height, double Width, SpacePlanKind Kind);

    /// <summary>The placements of one plan, in a buffer on the stack until they outgrow it.</summary>
    private ref struct Placements(Span<Placement> buffer)
    {
        private Span<Placement> _buffer = buffer;

        public int Count { get; private set; }

        public readonly ReadOnlySpan<Placement> Planned => _buffer[..Count];

        public readonly Placement this[Index index] => Planned[index];

        public void Add(Placement placement)
        {
            if (Count == _buffer.Length)
            {
                var larger = new Placement[Math.Max(4, _buffer.Length * 2)];
                _buffer.CopyTo(larger);
                _buffer = larger;
            }

            _buffer[Count++] = placement;
        }

        public void RemoveAt(int index)
        {
            if (index != Count - 1)
                throw new ArgumentOutOfRangeException(nameof(index), "Only the last placement is taken back.");
            Count--;
        }
    }
}
