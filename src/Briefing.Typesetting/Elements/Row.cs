using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Places items side by side with spacing. Widths are constant, relative (shares of what is left) or
/// auto (what the content asks for). The row splits when its items can: items that finished draw
/// nothing on the next page while the others continue.
/// </summary>
internal sealed class Row(IReadOnlyList<RowItem> items, double spacing) : Element
{
    public override SpacePlan Measure(Size available, PageContext page)
    {
        if (!TryWidths(available, page, out var widths, out var reason))
            return SpacePlan.Wrap(reason);
        return Plan(available, page, widths);
    }

    public override void Draw(Size available, DrawingContext context)
    {
        if (!TryWidths(available, context.Page, out var widths, out _))
            return;
        var height = Plan(available, context.Page, widths).Size.Height;
        var x = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            var size = new Size(widths[i], height);
            if (items[i].Content.Measure(new Size(widths[i], available.Height), context.Page).Draws)
            {
                context.Canvas.Translate(x, 0);
                items[i].Content.Draw(size, context);
                context.Canvas.Translate(-x, 0);
            }

            x += widths[i] + spacing;
        }
    }

    private SpacePlan Plan(Size available, PageContext page, double[] widths)
    {
        var height = 0.0;
        var anyDraws = false;
        var anyPartial = false;
        for (var i = 0; i < items.Count; i++)
        {
            var plan = items[i].Content.Measure(new Size(widths[i], available.Height), page);
            switch (plan.Kind)
            {
                case SpacePlanKind.Wrap:
                    return SpacePlan.Wrap($"Row > {plan.WrapReason}");
                case SpacePlanKind.Empty:
                    continue;
                case SpacePlanKind.PartialRender:
                    anyPartial = true;
                    break;
            }

            anyDraws = true;
            height = Math.Max(height, plan.Size.Height);
        }

        if (!anyDraws)
            return SpacePlan.Empty();
        var width = Math.Max(0, (items.Count - 1) * spacing);
        foreach (var w in widths)
            width += w;
        return anyPartial ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
    }

    private bool TryWidths(Size available, PageContext page, out double[] widths, out string reason)
    {
        widths = new double[items.Count];
        reason = "";
        var used = Math.Max(0, (items.Count - 1) * spacing);
        var totalWeight = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Kind == RowItemKind.Constant)
                used += widths[i] = items[i].Value;
            else if (items[i].Kind == RowItemKind.Relative)
                totalWeight += items[i].Value;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Kind != RowItemKind.Auto)
                continue;
            var plan = items[i].Content.Measure(new Size(Math.Max(0, available.Width - used), available.Height), page);
            used += widths[i] = plan.Draws ? plan.Size.Width : 0;
        }

        if (!Fit.Within(used, available.Width))
        {
            reason = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Row: items need {used:0.##} pt of width, have {available.Width:0.##} pt");
            return false;
        }

        var rest = Math.Max(0, available.Width - used);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Kind == RowItemKind.Relative)
                widths[i] = totalWeight > 0 ? rest * items[i].Value / totalWeight : 0;
        }

        return true;
    }
}
