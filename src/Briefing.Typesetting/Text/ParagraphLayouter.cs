using System.Globalization;
using System.Runtime.InteropServices;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Fonts.Shaping;
using Briefing.Typesetting.Text.LineBreaking;

namespace Briefing.Typesetting.Text;

/// <summary>
/// Breaks a paragraph of styled spans into lines (first fit), choosing a face per character, and places
/// the runs of each line. Text is measured and break opportunities found once per paragraph.
/// </summary>
public sealed class ParagraphLayouter
{
    // Widths are sums of many doubles: allow rounding noise when asking whether something fits.
    private const double Tolerance = 1e-9;

    private readonly IFontSelector _fonts;
    private readonly LineBreaker _lineBreaker;

    /// <summary>Creates a layouter that takes faces from <paramref name="fonts"/> and breaks with <paramref name="lineBreaker"/>.</summary>
    public ParagraphLayouter(IFontSelector fonts, LineBreaker lineBreaker)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(lineBreaker);
        _fonts = fonts;
        _lineBreaker = lineBreaker;
    }

    /// <summary>
    /// Lays out <paramref name="spans"/> in lines at most <paramref name="width"/> points wide (minus the
    /// indents); a single character wider than that still gets a line of its own. An infinite width gives
    /// each paragraph's natural (unbroken) lines. Empty text gives no lines.
    /// </summary>
    public ParagraphLayout Layout(IReadOnlyList<TextSpan> spans, ParagraphStyle style, double width)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(style);
        if (double.IsNaN(width))
            throw new ArgumentOutOfRangeException(nameof(width), "The width of a paragraph must be a number.");

        return Layout(Prepare(spans, style.KeepAll), style, width);
    }

    /// <summary>
    /// Measures the text and finds its break opportunities: the part of a layout that does not depend on
    /// the width, so an element measured at several widths (auto-sized table columns) does it once.
    /// </summary>
    internal PreparedParagraph Prepare(IReadOnlyList<TextSpan> spans, bool keepAll)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var paragraph = MeasuredParagraph.Measure(spans, _fonts);
        var breaks = paragraph.Text.Length == 0 ? [] : _lineBreaker.FindBreaks(paragraph.Text, keepAll);
        return new PreparedParagraph(spans, paragraph, breaks, keepAll);
    }

    /// <summary>Lays out a prepared paragraph at one width (see <see cref="Layout(IReadOnlyList{TextSpan}, ParagraphStyle, double)"/>).</summary>
    internal ParagraphLayout Layout(PreparedParagraph prepared, ParagraphStyle style, double width)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(style);
        if (double.IsNaN(width))
            throw new ArgumentOutOfRangeException(nameof(width), "The width of a paragraph must be a number.");
        if (prepared.KeepAll != style.KeepAll)
            throw new ArgumentException("The paragraph was prepared with another keep-all setting than the style's.", nameof(style));

        var spans = prepared.Spans;
        var paragraph = prepared.Measured;
        var text = paragraph.Text;
        var lines = new List<LaidOutLine>();
        if (text.Length == 0)
            return new ParagraphLayout(lines, 0, 0);

        var breaks = prepared.Breaks;
        var nextBreak = 0;
        var start = 0;
        var top = 0.0;
        var usedWidth = 0.0;
        while (start < text.Length)
        {
            var indent = lines.Count == 0 ? style.FirstLineIndent : style.HangingIndent;
            var available = width - indent;
            while (breaks[nextBreak].Index <= start)
                nextBreak++;

            var end = FindLineEnd(paragraph, breaks, nextBreak, start, available);
            var line = PlaceLine(paragraph, spans, style, start, end, indent, available, top, isLast: end >= text.Length);
            lines.Add(line);
            top += line.Height;
            usedWidth = Math.Max(usedWidth, line.Left + line.Width);
            start = end;
        }

        return new ParagraphLayout(lines, usedWidth, top);
    }

    /// <summary>First fit: the last break opportunity whose content fits, else an emergency break.</summary>
    private static int FindLineEnd(MeasuredParagraph paragraph, IReadOnlyList<BreakOpportunity> breaks, int first, int start, double available)
    {
        var text = paragraph.Text;
        var last = -1;
        for (var k = first; k < breaks.Count; k++)
        {
            var opportunity = breaks[k];
            var contentEnd = TrimEnd(text, start, opportunity.Index);
            // Spaces alone always fit: they hang, even when an indent leaves no room at all.
            if (contentEnd > start && paragraph.Width(start, contentEnd) > available + Tolerance)
                break;
            last = k;
            if (opportunity.Mandatory)
                break;
        }

        if (last >= 0 && (breaks[last].Mandatory || TrimEnd(text, start, breaks[last].Index) > start))
            return breaks[last].Index;

        // Nothing visible fits: break inside the first segment that has something to draw.
        var segment = breaks[last + 1 > first ? last + 1 : first];
        return EmergencyEnd(paragraph, start, TrimEnd(text, start, segment.Index), segment.Index, available);
    }

    /// <summary>
    /// A word wider than the line breaks after the last grapheme cluster that fits, but a line always takes
    /// its leading spaces and one cluster so layout ends; spaces after the break hang at the line's end.
    /// </summary>
    private static int EmergencyEnd(MeasuredParagraph paragraph, int start, int contentEnd, int segmentEnd, double available)
    {
        var text = paragraph.Text;
        var position = start;
        while (position < contentEnd && char.IsWhiteSpace(text[position]))
            position++;
        var minimum = Math.Min(contentEnd, position + StringInfo.GetNextTextElementLength(text, position));
        while (minimum < contentEnd && !paragraph.IsClusterBoundary(minimum))
            minimum++;
        position = minimum;
        while (position < contentEnd)
        {
            var next = Math.Min(contentEnd, position + StringInfo.GetNextTextElementLength(text, position));
            // A ligature draws several characters with one glyph: a line cannot end inside it.
            while (next < contentEnd && !paragraph.IsClusterBoundary(next))
                next++;
            if (paragraph.Width(start, next) > available + Tolerance)
                break;
            position = next;
        }

        // Spaces right after the break hang at the end of this line rather than start the next.
        while (position < contentEnd && HangsAtLineEnd(text[position]))
            position++;
        return position == contentEnd ? segmentEnd : position;
    }

    /// <summary>Where a line's content ends: trailing spaces and line separators hang and are not drawn.</summary>
    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && HangsAtLineEnd(text[end - 1]))
            end--;
        return end;
    }

    private static bool HangsAtLineEnd(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029' or '\u3000'
            or '\u1680' or (>= '\u2000' and <= '\u2006') or (>= '\u2008' and <= '\u200A') or '\u205F';

    /// <summary>Spaces that take the extra room of a justified line.</summary>
    private static bool Stretches(char c) => TextRun.Stretches(c);

    private LaidOutLine PlaceLine(
        MeasuredParagraph paragraph, IReadOnlyList<TextSpan> spans, ParagraphStyle style,
        int start, int end, double indent, double available, double top, bool isLast)
    {
        var text = paragraph.Text;
        var contentEnd = TrimEnd(text, start, end);
        var naturalWidth = paragraph.Width(start, contentEnd);
        var endsWithMandatoryBreak = end > start && LineBreaker.IsMandatoryAfter(text, end);

        var stretchPerSpace = 0.0;
        if (style.Alignment == TextAlignment.Justify && !isLast && !endsWithMandatoryBreak
            && double.IsFinite(available) && available > naturalWidth)
        {
            var spaces = 0;
            for (var i = start; i < contentEnd; i++)
            {
                if (Stretches(text[i]))
                    spaces++;
            }

            if (spaces > 0)
                stretchPerSpace = (available - naturalWidth) / spaces;
        }

        var runs = BuildRuns(paragraph, spans, start, contentEnd, stretchPerSpace, keepSpace: !isLast && contentEnd != end);
        var drawnWidth = naturalWidth;
        if (stretchPerSpace > 0)
            drawnWidth = available;

        var offset = 0.0;
        if (double.IsFinite(available) && available > drawnWidth)
        {
            offset = style.Alignment switch
            {
                TextAlignment.Center => (available - drawnWidth) / 2,
                TextAlignment.Right => available - drawnWidth,
                _ => 0,
            };
        }

        var (height, baseline) = Metrics(runs, paragraph, spans, style, start);
        return new LaidOutLine(top, height, baseline, indent + offset, drawnWidth, runs, isLast, text, start, contentEnd);
    }

    /// <summary>
    /// Splits [start, end) where the face or the look changes and skips invisible characters. A justified
    /// line stays one run per face and look: its spaces are widened by the run's word spacing, which the
    /// PDF writer applies, rather than each word becoming a run (and three objects) of its own.
    /// </summary>
    private static List<PlacedRun> BuildRuns(MeasuredParagraph paragraph, IReadOnlyList<TextSpan> spans, int start, int end, double stretchPerSpace, bool keepSpace)
    {
        var text = paragraph.Text;
        var runs = new List<PlacedRun>();
        var runStart = -1;
        var runX = 0.0;
        var stretch = 0.0;
        for (var i = start; i < end; i++)
        {
            var face = paragraph.FaceAt(i);
            if (face is null)
            {
                if (runStart >= 0)
                    runs.Add(MakeRun(paragraph, spans, runStart, i, runX, stretchPerSpace, keepSpace: false));
                runStart = -1;
            }
            else
            {
                if (runStart >= 0 && (!paragraph.SameFace(i, runStart) || !SameLook(spans, paragraph.SpanAt(runStart), paragraph.SpanAt(i))))
                {
                    runs.Add(MakeRun(paragraph, spans, runStart, i, runX, stretchPerSpace, keepSpace: false));
                    runStart = -1;
                }

                if (runStart < 0)
                {
                    runStart = i;
                    runX = paragraph.Width(start, i) + stretch;
                }
            }

            if (stretchPerSpace > 0 && Stretches(text[i]))
                stretch += stretchPerSpace;
        }

        if (runStart >= 0)
            runs.Add(MakeRun(paragraph, spans, runStart, end, runX, stretchPerSpace, keepSpace));
        else if (keepSpace && runs.Count > 0)
            runs[^1] = runs[^1] with { Run = WithSpace(paragraph, runs[^1].Run) };
        return runs;
    }

    /// <summary>
    /// A line that broke at white space keeps one space at the end of its last run, so copy and paste and
    /// the tag tree read "word word" across the break instead of "wordword". The space is not counted in
    /// the run's width (<see cref="TextRun.Width"/> stays the visible width): alignment, justification,
    /// underlines and link areas are unchanged, and the space glyph draws nothing. A face without a space
    /// glyph keeps the run as it is.
    /// </summary>
    private static TextRun WithSpace(MeasuredParagraph paragraph, TextRun run)
    {
        if (!run.Face.HasGlyph(' '))
            return run;
        // The paragraph's own characters when the break is at a space: the string is one allocation either way.
        var end = run.ClusterStart + run.Text.Length;
        return run with
        {
            Text = TextWithSpace(paragraph, run.ClusterStart, end),
            Glyphs = GlyphsWithSpace(paragraph, run.Face, run.Glyphs, end),
        };
    }

    /// <summary>Text[start..end) and a space: the paragraph's own characters when the break is at a space.</summary>
    private static string TextWithSpace(MeasuredParagraph paragraph, int start, int end) =>
        end < paragraph.Text.Length && paragraph.Text[end] == ' '
            ? paragraph.Text[start..(end + 1)]
            : string.Concat(paragraph.Text.AsSpan(start, end - start), " ");

    /// <summary>
    /// The glyphs of a run that ends before <paramref name="end"/>, followed by the glyph of the space it keeps
    /// (cluster <paramref name="end"/>): the space is drawn by its own glyph, so that the PDF's text reads it back.
    /// </summary>
    private static ReadOnlyMemory<ShapedGlyph> GlyphsWithSpace(MeasuredParagraph paragraph, IFontFace face, ReadOnlyMemory<ShapedGlyph> glyphs, int end)
    {
        if (face is not TrueTypeFace trueType || glyphs.IsEmpty)
            return glyphs;
        return WithGlyph(paragraph, glyphs, trueType.PlainGlyph(' ', end));
    }

    /// <summary>
    /// <paramref name="glyphs"/> (a slice of the paragraph's) followed by <paramref name="glyph"/>: a longer slice
    /// when the paragraph's next glyph is that very glyph (a space the run's face shaped with no kerning, the
    /// common case), else a copy.
    /// </summary>
    private static ReadOnlyMemory<ShapedGlyph> WithGlyph(MeasuredParagraph paragraph, ReadOnlyMemory<ShapedGlyph> glyphs, ShapedGlyph glyph)
    {
        if (MemoryMarshal.TryGetArray(glyphs, out var slice) && slice.Array is { } array
            && MemoryMarshal.TryGetArray(paragraph.Glyphs, out var all) && ReferenceEquals(array, all.Array)
            && slice.Offset + slice.Count < all.Offset + all.Count
            && array[slice.Offset + slice.Count] == glyph
            && (slice.Offset + slice.Count + 1 == all.Offset + all.Count || array[slice.Offset + slice.Count + 1].Cluster != glyph.Cluster))
        {
            return array.AsMemory(slice.Offset, slice.Count + 1);
        }

        var copy = new ShapedGlyph[glyphs.Length + 1];
        glyphs.Span.CopyTo(copy);
        copy[^1] = glyph;
        return copy;
    }

    private static bool SameLook(IReadOnlyList<TextSpan> spans, int a, int b)
    {
        if (a == b)
            return true;
        var x = spans[a];
        var y = spans[b];
        return x.Style.FontSize.Equals(y.Style.FontSize) && x.Style.Color == y.Style.Color
               && x.Style.Underline == y.Style.Underline && Equals(x.Link, y.Link);
    }

    /// <summary>The run of Text[start..end), and with <paramref name="keepSpace"/> the space after it (see <see cref="WithSpace"/>).</summary>
    private static PlacedRun MakeRun(MeasuredParagraph paragraph, IReadOnlyList<TextSpan> spans, int start, int end, double x, double stretchPerSpace, bool keepSpace)
    {
        var span = spans[paragraph.SpanAt(start)];
        var width = paragraph.Width(start, end);
        if (stretchPerSpace > 0)
        {
            // Only spaces with text after them inside the run widen it (see TextRun.WordSpacing).
            for (var i = start; i < end - 1; i++)
            {
                if (Stretches(paragraph.Text[i]))
                    width += stretchPerSpace;
            }
        }

        // The run draws a slice of the paragraph's glyphs, whose clusters count from the paragraph's start: a
        // copy per run (32 bytes a glyph, made again at every width a paragraph is laid out at) was most of
        // what a long document's pages kept alive.
        var first = paragraph.FirstGlyph[start];
        var face = paragraph.FaceAt(start)!;
        var glyphs = paragraph.Glyphs.Slice(first, paragraph.FirstGlyph[end] - first);
        keepSpace = keepSpace && face.HasGlyph(' ');
        var run = new TextRun(
            keepSpace ? TextWithSpace(paragraph, start, end) : paragraph.Text[start..end], face, span.Style.FontSize, span.Style.Color,
            width, span.Style.Underline, stretchPerSpace)
        {
            Glyphs = keepSpace ? GlyphsWithSpace(paragraph, face, glyphs, end) : glyphs,
            ClusterStart = start,
        };
        return new PlacedRun(run, x, span.Link);
    }

    /// <summary>
    /// The line's height (line height times the largest size) and its baseline, with the tallest ascent
    /// and deepest descent centred in the leading (CSS half-leading). An empty line uses its span's face for spaces.
    /// </summary>
    private (double Height, double Baseline) Metrics(List<PlacedRun> runs, MeasuredParagraph paragraph, IReadOnlyList<TextSpan> spans, ParagraphStyle style, int start)
    {
        double size = 0, ascent = 0, descent = 0;
        foreach (var placed in runs)
        {
            var run = placed.Run;
            size = Math.Max(size, run.FontSize);
            ascent = Math.Max(ascent, run.Face.Ascent * run.FontSize);
            descent = Math.Max(descent, run.Face.Descent * run.FontSize);
        }

        if (runs.Count == 0)
        {
            var spanStyle = spans[paragraph.SpanAt(start)].Style;
            var face = _fonts.Select(spanStyle, ' ', paragraph.Text);
            size = spanStyle.FontSize;
            ascent = face.Ascent * size;
            descent = face.Descent * size;
        }

        var height = style.LineHeight * size;
        return (height, (height - ascent - descent) / 2 + ascent);
    }
}
