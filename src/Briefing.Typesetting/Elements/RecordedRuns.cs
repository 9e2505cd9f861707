using Briefing.Typesetting.Drawing;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Copies of the runs a paragraph draws, made at drawing time. A page keeps its runs until the document is
/// written, while the runs layout made sit among the layout's short-lived objects (placed runs, lines, lists);
/// a garbage collection during a long layout must then move each surviving run on its own, and that per-object
/// work, not the amount of memory, made one collection cost 60-90 ms on 100 pages. Copies made next to the
/// commands that draw them survive as one block. Equal runs shared by layout stay shared (by reference).
/// </summary>
internal sealed class RecordedRuns
{
    private readonly TextRun?[] _originals = new TextRun?[8];
    private readonly TextRun?[] _copies = new TextRun?[8];
    private int _next;

    /// <summary>The copy of <paramref name="run"/> to record.</summary>
    public TextRun Of(TextRun run)
    {
        string? text = null;
        for (var i = 0; i < _originals.Length; i++)
        {
            var original = _originals[i];
            if (original is null)
                continue;
            if (ReferenceEquals(original, run))
                return _copies[i]!;
            if (text is null && string.Equals(original.Text, run.Text, StringComparison.Ordinal))
                text = _copies[i]!.Text;
        }

        var copy = run with { Text = text ?? new string(run.Text.AsSpan()) };
        _originals[_next] = run;
        _copies[_next] = copy;
        _next = (_next + 1) % _originals.Length;
        return copy;
    }
}
