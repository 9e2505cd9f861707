using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;

namespace Briefing.Snapshots.Pdf;

/// <summary>
/// Groups a page's letters into lines by baseline and spells each line with single spaces,
/// prefixed by its start rounded to whole points (x from the left, y down from the top).
/// </summary>
internal static class TextLines
{
    // Letters whose baselines differ by less than this many points share a line.
    private const double BaselineTolerance = 1.0;

    // A gap wider than this fraction of the font size reads as a space even without a space glyph,
    // because a layout engine may place words one by one instead of drawing spaces.
    private const double SpaceGapRatio = 0.15;

    public static IReadOnlyList<string> Read(Page page)
    {
        var letters = new List<Letter>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            letters.Add(letter);
        }

        // Stable order: top to bottom, then left to right; ties keep content-stream order.
        var indexed = new List<(Letter Letter, int Index)>(letters.Count);
        for (var i = 0; i < letters.Count; i++)
        {
            indexed.Add((letters[i], i));
        }

        indexed.Sort((a, b) =>
        {
            var byY = b.Letter.StartBaseLine.Y.CompareTo(a.Letter.StartBaseLine.Y);
            return byY != 0 ? byY : a.Index.CompareTo(b.Index);
        });

        var top = page.MediaBox.Bounds.Top;
        var lines = new List<string>();
        var current = new List<Letter>();
        var lineY = double.NaN;
        foreach (var (letter, _) in indexed)
        {
            if (current.Count > 0 && Math.Abs(letter.StartBaseLine.Y - lineY) > BaselineTolerance)
            {
                AddLine(current, top, lines);
                current.Clear();
            }

            if (current.Count == 0)
            {
                lineY = letter.StartBaseLine.Y;
            }

            current.Add(letter);
        }

        if (current.Count > 0)
        {
            AddLine(current, top, lines);
        }

        return lines;
    }

    private static void AddLine(List<Letter> letters, double top, List<string> lines)
    {
        letters.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var text = new StringBuilder();
        var pendingSpace = false;
        Letter? previous = null;
        Letter? first = null;
        foreach (var letter in letters)
        {
            if (letter.Value.Length > 0 && string.IsNullOrWhiteSpace(letter.Value))
            {
                pendingSpace = first is not null;
                continue;
            }

            if (previous is not null)
            {
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                var size = Math.Max(letter.PointSize, previous.PointSize);
                if (gap > SpaceGapRatio * size)
                {
                    pendingSpace = true;
                }
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            first ??= letter;
            // A glyph that maps to no text shows as U+FFFD, so a lost ToUnicode entry is visible in the snapshot.
            text.Append(letter.Value.Length == 0 ? "\uFFFD" : letter.Value);
            previous = letter;
        }

        if (first is null)
        {
            return;
        }

        var x = Math.Round(first.StartBaseLine.X, MidpointRounding.AwayFromZero);
        var y = Math.Round(top - first.StartBaseLine.Y, MidpointRounding.AwayFromZero);
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"[{x,3:0}, {y,3:0}] {text}"));
    }
}
