using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Tests.Layout.Support;

/// <summary>
/// A paragraph stand-in: <paramref name="count"/> lines of <paramref name="lineHeight"/> that split
/// between lines, refusing (unless keep rules are relaxed) to leave fewer than two lines on either side
/// of a break. Each line draws a destination named <c>id:index</c> and fills its rectangle.
/// </summary>
internal sealed class FakeLines(double lineHeight, int count, string id = "lines", double width = 50) : Element
{
    public override SpacePlan Measure(Size available, PageContext page)
    {
        var remaining = count - LinesDrawn(page);
        if (remaining == 0)
            return SpacePlan.Empty();
        var w = Math.Min(width, available.Width);
        var lines = LinesThatFit(available, page);
        if (lines == 0)
            return SpacePlan.Wrap($"FakeLines {id}: no line fits in {available.Width}×{available.Height}");
        return lines == remaining ? SpacePlan.Full(w, lines * lineHeight) : SpacePlan.Partial(w, lines * lineHeight);
    }

    public override void Draw(Size available, DrawingContext context)
    {
        var w = Math.Min(width, available.Width);
        var lines = LinesThatFit(available, context.Page);
        var drawn = context.Page.Progress.Get<Counter>(this);
        for (var i = 0; i < lines; i++)
        {
            context.Canvas.AddDestination($"{id}:{drawn.Lines + i}", new Point(0, i * lineHeight));
            context.Canvas.FillRectangle(new Rect(0, i * lineHeight, w, lineHeight), Color.Black);
        }

        drawn.Lines += lines;
    }

    private int LinesDrawn(PageContext page) => page.Progress.Find<Counter>(this)?.Lines ?? 0;

    private int LinesThatFit(Size available, PageContext page)
    {
        var remaining = count - LinesDrawn(page);
        if (available.Width <= 0)
            return 0;
        var fit = (int)Math.Floor((available.Height + 1e-6) / lineHeight);
        if (fit >= remaining)
            return remaining;
        if (page.KeepRulesRelaxed)
            return Math.Max(0, fit);
        if (remaining - fit < 2)
            fit = remaining - 2; // widow: leave at least two lines for the next page
        return fit < 2 ? 0 : fit; // orphan: never leave one line alone at the foot of a page
    }

    private sealed class Counter
    {
        public int Lines { get; set; }
    }
}
