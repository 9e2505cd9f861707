using System.Globalization;
using System.Text;
using DiffPlex;

namespace Briefing.Snapshots.Verification;

/// <summary>A compact unified diff with line numbers on both sides and three lines of context.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    // A snapshot of a new 20-page document should not flood a test log; the file itself holds the rest.
    private const int MaxLines = 200;

    /// <summary>
    /// Diffs two texts; when <paramref name="isHeading"/> is given, each hunk header names the nearest heading above it
    /// (like git's function context), so a change far down a page still says which page it is on.
    /// </summary>
    public static string Create(string verified, string received, string verifiedLabel, string receivedLabel, Func<string, bool>? isHeading = null)
    {
        // Snapshot texts end in a newline; without trimming it DiffPlex reports an empty last line.
        var diff = Differ.Instance.CreateLineDiffs(TrimFinalNewline(verified), TrimFinalNewline(received), ignoreWhitespace: false);
        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;
        var output = new StringBuilder();
        output.Append("--- ").Append(verifiedLabel).Append('\n');
        output.Append("+++ ").Append(receivedLabel).Append('\n');
        var written = 0;
        var blocks = diff.DiffBlocks;
        var b = 0;
        while (b < blocks.Count)
        {
            // Merge blocks whose context would touch into one hunk.
            var last = b;
            while (last + 1 < blocks.Count
                && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
            {
                last++;
            }

            var startA = Math.Max(0, blocks[b].DeleteStartA - Context);
            var startB = Math.Max(0, blocks[b].InsertStartB - Context);
            var endA = Math.Min(oldLines.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
            var endB = Math.Min(newLines.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + Context);
            output.Append(CultureInfo.InvariantCulture, $"@@ -{Range(startA, endA)} +{Range(startB, endB)} @@");
            var heading = isHeading is null ? null : HeadingAbove(oldLines, blocks[b].DeleteStartA, isHeading);
            if (heading is not null)
            {
                output.Append(' ').Append(heading);
            }

            output.Append('\n');

            var a = startA;
            var n = startB;
            for (var k = b; k <= last; k++)
            {
                var block = blocks[k];
                while (a < block.DeleteStartA)
                {
                    Append(output, ' ', a + 1, n + 1, oldLines[a], ref written);
                    a++;
                    n++;
                }

                for (var i = 0; i < block.DeleteCountA; i++, a++)
                {
                    Append(output, '-', a + 1, null, oldLines[a], ref written);
                }

                for (var i = 0; i < block.InsertCountB; i++, n++)
                {
                    Append(output, '+', null, n + 1, newLines[n], ref written);
                }
            }

            while (a < endA && n < endB)
            {
                Append(output, ' ', a + 1, n + 1, oldLines[a], ref written);
                a++;
                n++;
            }

            b = last + 1;
        }

        if (written > MaxLines)
        {
            output.Append(CultureInfo.InvariantCulture, $"... ({written - MaxLines} more diff lines; see the received file)\n");
        }

        return output.ToString();
    }

    private static string? HeadingAbove(IReadOnlyList<string> lines, int index, Func<string, bool> isHeading)
    {
        for (var i = Math.Min(index, lines.Count) - 1; i >= 0; i--)
        {
            if (isHeading(lines[i]))
            {
                return lines[i];
            }
        }

        return null;
    }

    private static string TrimFinalNewline(string text) =>
        text.EndsWith('\n') ? text[..^1] : text;

    // Unified diff numbers an empty range by the line before it: "-0,0" for an empty old file.
    private static string Range(int start, int end) =>
        string.Create(CultureInfo.InvariantCulture, $"{(end > start ? start + 1 : start)},{end - start}");

    private static void Append(StringBuilder output, char marker, int? oldNumber, int? newNumber, string text, ref int written)
    {
        written++;
        if (written > MaxLines)
        {
            return;
        }

        output.Append(marker)
            .Append(CultureInfo.InvariantCulture, $"{(oldNumber is { } o ? o.ToString(CultureInfo.InvariantCulture) : ""),5}")
            .Append(CultureInfo.InvariantCulture, $"{(newNumber is { } m ? m.ToString(CultureInfo.InvariantCulture) : ""),5}")
            .Append(" | ")
            .Append(text)
            .Append('\n');
    }
}
