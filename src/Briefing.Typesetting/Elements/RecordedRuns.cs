using Briefing.Typesetting.Drawing;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Copies of the runs a paragraph draws, made at drawing time. A page keeps its runs until the document is
/// written, while the runs layout made sit among the layout's short-lived objects (placed runs, lines, lists);
/// a garbage collection during a long layout must then move each surviving run on its own, and that per-object
/// work, not the amount of memory, made one collection cost 60-90 ms on 100 pages. Copies made next to the
/// commands that draw them survive as one block. A run equal to a recent one (most often a single space the
/// Latin face draws between two Hangul words) shares that copy: a run is immutable and the writer reads only
/// its values.
/// </summary>
internal sealed class RecordedRuns
{
    private readonly TextRun?[] _copies = new TextRun?[4];
    private int _next;

    /// <summary>The copy of <paramref name="run"/> to record.</summary>
    public TextRun Of(TextRun run)
    {
        string? text = null;
        foreach (var copy in _copies)
        {
            if (copy is null || copy.Text.Length != run.Text.Length || !string.Equals(copy.Text, run.Text, StringComparison.Ordinal))
                continue;
            if (ReferenceEquals(copy.Face, run.Face) && copy.FontSize.Equals(run.FontSize) && copy.Color == run.Color
                && copy.Width.Equals(run.Width) && copy.Underline == run.Underline && copy.WordSpacing.Equals(run.WordSpacing)
                && SameGlyphs(copy, run))
            {
                return copy;
            }

            text = copy.Text;
        }

        var made = run with { Text = text ?? new string(run.Text.AsSpan()) };
        _copies[_next] = made;
        _next = (_next + 1) % _copies.Length;
        return made;
    }

    /// <summary>Whether two runs' glyphs are the same, their clusters counted from each run's own start.</summary>
    private static bool SameGlyphs(TextRun a, TextRun b)
    {
        if (a.ClusterStart == b.ClusterStart)
            return a.Glyphs.Span.SequenceEqual(b.Glyphs.Span);
        var x = a.Glyphs.Span;
        var y = b.Glyphs.Span;
        if (x.Length != y.Length)
            return false;
        var shift = b.ClusterStart - a.ClusterStart;
        for (var k = 0; k < x.Length; k++)
        {
            if (x[k] != y[k].WithCluster(y[k].Cluster - shift))
                return false;
        }

        return true;
    }
}
