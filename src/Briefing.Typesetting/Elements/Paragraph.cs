using System.Globalization;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// A paragraph of rich text that splits between lines across pages, keeping at least two lines on
/// each side (widows and orphans) unless the page engine relaxes keep rules. It is tagged as one
/// structure element, whatever the pages it crosses (P by default, H1-H6 for headings).
/// </summary>
internal sealed class Paragraph(
    ParagraphLayouter layouter,
    IReadOnlyList<TextSpan> spans,
    ParagraphStyle style,
    StructureRole? role) : Element
{
    // The progress this paragraph last looked up, with the run it belongs to: a paragraph is measured many
    // times in a row, and this spares the run's dictionary most lookups. Only a memo: one reference,
    // written whole, checked against the run on every read, so another run (or thread) just misses it.
    private Progress? _memo;

    public override SpacePlan Measure(Size available, PageContext page)
    {
        var state = StateIn(page.Progress);
        if (state.Finished)
            return SpacePlan.Empty();
        var layout = LayoutFor(state, available.Width);
        if (state.NextLine >= layout.Lines.Count)
            return SpacePlan.Empty();
        if (state.Overflow is not null)
            return SpacePlan.Wrap(state.Overflow);

        var (count, height) = LinesThatFit(state, layout, available.Height, page.KeepRulesRelaxed);
        if (count == 0)
            return SpacePlan.Wrap($"Paragraph \"{Preview()}\": no line fits in {Fit.Describe(available.Width, available.Height)}");

        var width = Math.Min(layout.Width, available.Width);
        return state.NextLine + count == layout.Lines.Count
            ? SpacePlan.Full(width, height)
            : SpacePlan.Partial(width, height);
    }

    public override void Draw(Size available, DrawingContext context)
    {
        var state = StateIn(context.Page.Progress);
        if (state.Finished)
            return;
        var layout = LayoutFor(state, available.Width);
        var (count, _) = LinesThatFit(state, layout, available.Height, context.Page.KeepRulesRelaxed);
        if (count == 0)
            return;

        var canvas = context.Canvas;
        if (role is { } r)
            canvas.BeginTag(r, key: this);

        var first = state.NextLine;
        var y = first == 0 ? style.SpaceBefore : 0;
        var firstTop = layout.Lines[first].Top;
        var runs = new RecordedRuns();
        for (var i = first; i < first + count; i++)
        {
            var line = layout.Lines[i];
            var top = y + line.Top - firstTop;
            DrawLine(canvas, line, top, runs, state);
        }

        if (state.LinkTagOpen)
            canvas.EndTag(); // the link may go on at the top of the next page, under the same key
        state.LinkTagOpen = false;
        if (role is not null)
            canvas.EndTag();
        state.NextLine += count;
        if (state.NextLine >= layout.Lines.Count)
        {
            // Drawn to the end: the measured text and its layouts are garbage now. Dropping them here lets
            // them die young instead of being carried to the end of a long document, where every garbage
            // collection would have to copy or mark them again (it made 100 pages cost 26 times 5).
            state.Finished = true;
            state.Prepared = null;
            (state.Layout, state.PreviousLayout) = (null, null);
        }
    }

    /// <summary>
    /// Draws one line. The runs of one link (one span: its runs share its target instance) are drawn inside a
    /// Link tag with their annotations, so the writer needs no positions to tell which text a link has; a
    /// link that wraps onto the next line, or page, stays one Link element.
    /// </summary>
    private void DrawLine(ICanvas canvas, LaidOutLine line, double top, RecordedRuns runs, Progress state)
    {
        // An index loop: an enumerator would be a short-lived object between the recorded ones.
        var placedRuns = line.Runs;
        for (var r = 0; r < placedRuns.Count; r++)
        {
            var placed = placedRuns[r];
            var link = placed.Link;
            if (!ReferenceEquals(link, state.OpenLink))
            {
                if (state.OpenLink is not null && state.LinkTagOpen)
                    canvas.EndTag();
                state.LinkTagOpen = false;
                state.OpenLink = link;
                state.LinkKey = link is null ? null : new object();
            }
            if (link is not null && !state.LinkTagOpen)
            {
                canvas.BeginTag(StructureRole.Link, key: state.LinkKey);
                state.LinkTagOpen = true;
            }

            var x = line.Left + placed.X;
            canvas.DrawText(runs.Of(placed.Run), new Point(x, top + line.Baseline));
            if (link is not null)
                canvas.AddLink(new Rect(x, top, placed.Run.Width, line.Height), link);
        }
    }

    private Progress StateIn(LayoutProgress run)
    {
        var memo = _memo;
        if (memo is not null && ReferenceEquals(memo.Run, run))
            return memo;
        var state = run.Get<Progress>(this);
        state.Run = run;
        _memo = state;
        return state;
    }

    /// <summary>How many lines, from the next one, fit in <paramref name="height"/>, and the height they take.</summary>
    private (int Count, double Height) LinesThatFit(Progress state, ParagraphLayout layout, double height, bool relaxed)
    {
        var lines = layout.Lines;
        var nextLine = state.NextLine;
        var remaining = lines.Count - nextLine;
        var before = nextLine == 0 ? style.SpaceBefore : 0;
        var firstTop = lines[nextLine].Top;

        var fit = 0;
        while (fit < remaining)
        {
            var line = lines[nextLine + fit];
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

        var last = lines[nextLine + fit - 1];
        var used = before + last.Top + last.Height - firstTop;
        // Space after the paragraph is taken only when it ends here, and only as far as it fits.
        if (nextLine + fit == lines.Count)
            used = Math.Min(used + style.SpaceAfter, Math.Max(used, height));
        return (fit, used);
    }

    private ParagraphLayout LayoutFor(Progress state, double width)
    {
        if (state.Layout is not null && state.LayoutWidth.Equals(width))
            return state.Layout;
        if (state.PreviousLayout is not null && state.PreviousWidth.Equals(width))
        {
            (state.Layout, state.PreviousLayout) = (state.PreviousLayout, state.Layout);
            (state.LayoutWidth, state.PreviousWidth) = (state.PreviousWidth, state.LayoutWidth);
            (state.Overflow, state.PreviousOverflow) = (state.PreviousOverflow, state.Overflow);
            return state.Layout;
        }

        // The document's other layouts may have measured and laid out the same text already (see ParagraphCache).
        var shared = state.Run?.Paragraphs;
        state.Prepared ??= shared is null ? layouter.Prepare(spans, style.KeepAll) : shared.Prepare(layouter, spans, style.KeepAll);
        (state.PreviousLayout, state.PreviousWidth, state.PreviousOverflow) = (state.Layout, state.LayoutWidth, state.Overflow);
        state.Layout = shared is null ? layouter.Layout(state.Prepared, style, width) : shared.Layout(layouter, state.Prepared, style, width);
        state.LayoutWidth = width;
        state.Overflow = Overflow(state.Layout, width);
        return state.Layout;
    }

    /// <summary>
    /// Why the paragraph cannot be set in <paramref name="width"/>, or null when it can. The layouter gives
    /// a grapheme wider than the line (or than what an indent leaves) a line of its own, which would draw
    /// past the paragraph's edge, over a neighbouring cell or into the margin: that content cannot fit at
    /// this width, so it wraps and, on an empty page, becomes a layout error naming the paragraph.
    /// </summary>
    private string? Overflow(ParagraphLayout layout, double width)
    {
        // An index loop: foreach over the interface would box the list's enumerator, once per paragraph and width.
        var lines = layout.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
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

    /// <summary>
    /// Where the paragraph stands in one layout run: the next line to draw, and the measured text and its
    /// layouts. Measuring and break-finding happen once per run; the layout depends only on the width. Rows
    /// and tables measure a cell at its natural width and then at the width it gets, so two widths are kept.
    /// </summary>
    private sealed class Progress
    {
        public LayoutProgress? Run;
        public PreparedParagraph? Prepared;
        public ParagraphLayout? Layout;
        public double LayoutWidth = double.NaN;
        public string? Overflow;
        public ParagraphLayout? PreviousLayout;
        public double PreviousWidth = double.NaN;
        public string? PreviousOverflow;
        public int NextLine;
        public bool Finished;

        // The link the last drawn run belonged to, the key that joins its parts, and whether its tag is open.
        public LinkTarget? OpenLink;
        public object? LinkKey;
        public bool LinkTagOpen;
    }
}
