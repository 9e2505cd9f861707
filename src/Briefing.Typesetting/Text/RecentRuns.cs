using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;

namespace Briefing.Typesetting.Text;

/// <summary>
/// The last few runs made while laying out one paragraph, so an equal run is shared instead of made again.
/// Most runs in mixed Korean and Latin text are a single space (a space drawn by the Latin face between
/// two Hangul words) or short punctuation; a page keeps its runs until the document is written, and every
/// one of them is an object a garbage collection during layout has to mark and copy. Sharing is safe as a
/// <see cref="TextRun"/> is immutable and the writer reads only its values. It lives for one layout call,
/// so no long-lived object comes to point at young runs.
/// </summary>
internal sealed class RecentRuns
{
    private readonly TextRun?[] _runs = new TextRun?[8];
    private int _next;

    /// <summary>A run of <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) with these values: a recent equal one, or a new one.</summary>
    public TextRun Get(
        string text, int start, int end, IFontFace face, double fontSize, Color color, double width, bool underline, double wordSpacing)
    {
        var chars = text.AsSpan(start, end - start);
        string? same = null;
        foreach (var run in _runs)
        {
            if (run is null || run.Text.Length != chars.Length || !chars.SequenceEqual(run.Text))
                continue;
            if (ReferenceEquals(run.Face, face) && run.FontSize.Equals(fontSize) && run.Color == color && run.Width.Equals(width)
                && run.Underline == underline && run.WordSpacing.Equals(wordSpacing))
            {
                return run;
            }

            // The same characters with another width (sums of advances round differently along a line)
            // or look still share the string.
            same = run.Text;
        }

        var made = new TextRun(same ?? text[start..end], face, fontSize, color, width, underline, wordSpacing);
        _runs[_next] = made;
        _next = (_next + 1) % _runs.Length;
        return made;
    }
}
