using System.Globalization;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// A paragraph of rich text that splits between lines across pages, keeping at least two lines on
/// each side (widows and orphans) unless the page engine relaxes keep rules. It is tagged as one
/// structure element per page (P by default, H1-H6 for headings).
/// </summary>
internal sealed class Paragraph(
    ParagraphLayouter layouter,
    IReadOnlyList<TextSpan> spans,
    ParagraphStyle style,
    StructureRole? role) : Element
{
    // Measuring and break-finding happen once; the layout depends only on the width. Rows and tables
    // measure a cell at its natural width and then at the width it gets, so two widths are remembered.
    private PreparedParagraph? _prepared;
    private ParagraphLayout? _layout;
    private double _layoutWidth = double.NaN;
    private string? _overflow;
    private ParagraphLayout? _previousLayout;
    private double _previousWidth = double.NaN;
    private string? _previousOverflow;
    private int _nextLine;
    private bool _finished;

    public override SpacePlan Measure(Size available, PageContext page)
    {
        if (_finished)
            return SpacePlan.Empty();
        var layout = LayoutFor(available.Width);
        if (_nextLine >= layout.Lines.Count)
            return SpacePlan.Empty();
        if (_overflow is not null)
            return SpacePlan.Wrap(_overflow);

        var (count, height) = LinesThatFit(layout, available.Height, page.KeepRulesRelaxed);
        if (count == 0)
            return SpacePlan.Wrap($"Paragraph \"{Preview()}\": no line fits in {Fit.Describe(available.Width, available.Height)}");

        var width = Math.Min(layout.Width, available.Width);
        return _nextLine + count == layout.Lines.Count
            ? SpacePlan.Full(width, height)
            : SpacePlan.Partial(width, height);
    }

    public override void Draw(Size available, DrawingContext context)
    {
        if (_finished)
            return;
        var layout = LayoutFor(available.Width);
        var (count, _) = LinesThatFit(layout, available.Height, context.Page.KeepRulesRelaxed);
        if (count == 0)
            return;

        var canvas = context.Canvas;
        if (role is { } r)
            canvas.BeginTag(r);

        var y = _nextLine == 0 ? style.SpaceBefore : 0;
        var firstTop = layout.Lines[_nextLine].Top;
        var runs = new RecordedRuns();
        for (var i = _nextLine; i < _nextLine + count; i++)
        {
            var line = layout.Lines[i];
            var top = y + line.Top - firstTop;
            DrawLine(canvas, line, top, runs);
        }

        if (role is not null)
            canvas.EndTag();
        _nextLine += count;
        if (_nextLine >= layout.Lines.Count)
        {
            // Drawn to the end: the measured text and its layouts are garbage now. Dropping them here lets
            // them die young instead of being carried to the end of a long document, where every garbage
            // collection would have to copy or mark them again (it made 100 pages cost 26 times 5).
            _finished = true;
            _prepared = null;
            (_layout, _previousLayout) = (null, null);
        }
    }

    private static void DrawLine(ICanvas canvas, LaidOutLine line, double top, RecordedRuns runs)
    {
        // An index loop: an enumerator would be a short-lived object between the recorded ones.
        var placedRuns = line.Runs;
        for (var r = 0; r < placedRuns.Count; r++)
        {
            var placed = placedRuns[r];
            var x = line.Left + placed.X;
            canvas.DrawText(runs.Of(placed.Run), new Point(x, top + line.Baseline));
            // The link is recorded after its text so the PDF writer can put both in one Link element.
            if (placed.Link is { } link)
                canvas.AddLink(new Rect(x, top, placed.Run.Width, line.Height), link);
        }
    }

    /// <summary>How many lines, from the next one, fit in <paramref name="height"/>, and the height they take.</summary>
    private (int Count, double Height) LinesThatFit(ParagraphLayout layout, double height, bool relaxed)
    {
        var lines = layout.Lines;
        var remaining = lines.Count - _nextLine;
        var before = _nextLine == 0 ? style.SpaceBefore : 0;
        var firstTop = lines[_nextLine].Top;

        var fit = 0;
        while (fit < remaining)
        {
            var line = lines[_nextLine + fit];
            var bottom = before + line.Top + line.Height - firstTop;
            if (!Fit.Within(bottom, height))
                break;
            fit++;
        }

        if (fit < remaining && !relaxed)
        {
            if (remaining - fit < 2)
                fit = remaining - 2; // widow: never carry a single line over to the next page
            if (fit < 2)
                fit = 0; // orphan: never leave a single line at the foot of a page
        }

        if (fit <= 0)
            return (0, 0);

        var last = lines[_nextLine + fit - 1];
        var used = before + last.Top + last.Height - firstTop;
        // Space after the paragraph is taken only when it ends here, and only as far as it fits.
        if (_nextLine + fit == lines.Count)
            used = Math.Min(used + style.SpaceAfter, Math.Max(used, height));
        return (fit, used);
    }

    private ParagraphLayout LayoutFor(double width)
    {
        if (_layout is not null && _layoutWidth.Equals(width))
            return _layout;
        if (_previousLayout is not null && _previousWidth.Equals(width))
        {
            (_layout, _previousLayout) = (_previousLayout, _layout);
            (_layoutWidth, _previousWidth) = (_previousWidth, _layoutWidth);
            (_overflow, _previousOverflow) = (_previousOverflow, _overflow);
            return _layout;
        }

        _prepared ??= layouter.Prepare(spans, style.KeepAll);
        (_previousLayout, _previousWidth, _previousOverflow) = (_layout, _layoutWidth, _overflow);
        _layout = layouter.Layout(_prepared, style, width);
        _layoutWidth = width;
        _overflow = Overflow(_layout, width);
        return _layout;
    }

    /// <summary>
    /// Why the paragraph cannot be set in <paramref name="width"/>, or null when it can. The layouter gives
    /// a grapheme wider than the line (or than what an indent leaves) a line of its own, which would draw
    /// past the paragraph's edge, over a neighbouring cell or into the margin: that content cannot fit at
    /// this width, so it wraps and, on an empty page, becomes a layout error naming the paragraph.
    /// </summary>
    private string? Overflow(ParagraphLayout layout, double width)
    {
        foreach (var line in layout.Lines)
        {
            if (line.Runs.Count > 0 && (line.Left < -Fit.Tolerance || !Fit.Within(line.Left + line.Width, width)))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"Paragraph \"{Preview()}\": \"{line.Text.Trim()}\" needs {line.Left + line.Width:0.##} pt of width, has {width:0.##} pt");
            }
        }

        return null;
    }

    private string Preview()
    {
        var text = string.Concat(spans.Select(s => s.Text));
        return text.Length <= 40 ? text : text[..37] + "...";
    }
}
