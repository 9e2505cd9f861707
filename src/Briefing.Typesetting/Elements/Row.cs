using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Places items side by side with spacing. Widths are constant, relative (shares of what is left) or
/// auto (what the content asks for). The row splits when its items can: items that finished draw
/// nothing on the next page while the others continue.
/// </summary>
/// <remarks>
/// Each child is measured once per placement: the widths and the children's plans are kept in the run's
/// progress for the space and page they were measured for, and Draw uses them (the protocol lets it:
/// Draw gets the measured width and a height between the planned height and the measured one, in which
/// the children plan the same). Nested rows therefore cost no more than flat ones.
/// </remarks>
internal sealed class Row(IReadOnlyList<RowItem> items, double spacing) : Element
{
    public override SpacePlan Measure(Size available, PageContext page) => Measured(available, page).Result;

    public override void Draw(Size available, DrawingContext context)
    {
        var page = context.Page;
        var measured = page.Progress.Find<Measurement>(this);
        if (measured is null || !measured.HoldsForDraw(available, page))
            measured = Measured(available, page);
        var result = measured.Result;
        // Drawing moves the children on: what was measured no longer holds.
        measured.Valid = false;
        if (!result.Draws)
            return;
        var height = result.Size.Height;
        var x = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            if (measured.Plans[i].Draws)
            {
                context.Canvas.Translate(x, 0);
                items[i].Content.Draw(new Size(measured.Widths[i], height), context);
                context.Canvas.Translate(-x, 0);
            }

            x += measured.Widths[i] + spacing;
        }
    }

    // The row's measurement for this space and page: kept from the last call when it holds, else made.
    private Measurement Measured(Size available, PageContext page)
    {
        var measured = page.Progress.Get<Measurement>(this);
        if (measured.HoldsFor(available, page))
            return measured;
        measured.Plans = measured.Plans.Length == items.Count ? measured.Plans : new SpacePlan[items.Count];
        measured.Widths = measured.Widths.Length == items.Count ? measured.Widths : new double[items.Count];
        measured.Result = TryWidths(available, page, measured.Widths, measured.Plans, out var reason)
            ? Plan(available, page, measured.Widths, measured.Plans)
            : SpacePlan.Wrap(reason);
        measured.Remember(available, page);
        return measured;
    }

    private SpacePlan Plan(Size available, PageContext page, double[] widths, SpacePlan[] plans)
    {
        var height = 0.0;
        var anyDraws = false;
        var anyPartial = false;
        for (var i = 0; i < items.Count; i++)
        {
            // An auto item was measured while its width was found; it asked for that width, so its plan holds.
            var plan = items[i].Kind == RowItemKind.Auto
                ? plans[i]
                : plans[i] = items[i].Content.Measure(new Size(widths[i], available.Height), page);
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

    private bool TryWidths(Size available, PageContext page, double[] widths, SpacePlan[] plans, out string reason)
    {
        reason = "";
        var used = Math.Max(0, (items.Count - 1) * spacing);
        var totalWeight = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            widths[i] = 0;
            if (items[i].Kind == RowItemKind.Constant)
                used += widths[i] = items[i].Value;
            else if (items[i].Kind == RowItemKind.Relative)
                totalWeight += items[i].Value;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Kind != RowItemKind.Auto)
                continue;
            var plan = plans[i] = items[i].Content.Measure(new Size(Math.Max(0, available.Width - used), available.Height), page);
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

    /// <summary>What the row learned measuring its children in one space on one page, until it draws.</summary>
    private sealed class Measurement
    {
        private Size _available;
        private int _page;
        private bool _relaxed;

        public bool Valid { get; set; }

        public double[] Widths { get; set; } = [];

        public SpacePlan[] Plans { get; set; } = [];

        public SpacePlan Result { get; set; }

        public bool HoldsFor(Size available, PageContext page) =>
            Valid && _available == available && SamePage(page);

        // Draw gets the measured width and a height from the planned one up to the measured one.
        public bool HoldsForDraw(Size available, PageContext page) =>
            Valid && available.Width == _available.Width && SamePage(page)
            && available.Height <= _available.Height + Fit.Tolerance && available.Height >= Result.Size.Height - Fit.Tolerance;

        public void Remember(Size available, PageContext page)
        {
            _available = available;
            _page = page.PageNumber;
            _relaxed = page.KeepRulesRelaxed;
            Valid = true;
        }

        private bool SamePage(PageContext page) => _page == page.PageNumber && _relaxed == page.KeepRulesRelaxed;
    }
}
