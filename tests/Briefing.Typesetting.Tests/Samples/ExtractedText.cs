using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Typesetting.Tests.Samples;

/// <summary>Helpers that compare text read back from a PDF with the text that went in.</summary>
public static partial class ExtractedText
{
    /// <summary>Every run of whitespace made one space, and the ends trimmed.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The text without any whitespace at all.</summary>
    public static string Squeeze(string text) => Whitespace().Replace(text, "");

    /// <summary>Whether the character is a precomposed Hangul syllable (U+AC00-U+D7A3).</summary>
    public static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>
    /// Places where a line of <paramref name="lines"/> ends between two Hangul syllables that the source
    /// writes with no space between them (a Korean word split across lines). The lines must cover the
    /// source's characters in order; whitespace is ignored when matching them up.
    /// </summary>
    public static IReadOnlyList<string> SplitKoreanWords(IReadOnlyList<string> lines, string source)
    {
        // Map the source to its non-whitespace characters, remembering which of them follow whitespace.
        var chars = new StringBuilder();
        var afterSpace = new List<bool>();
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            chars.Append(c);
            afterSpace.Add(pendingSpace);
            pendingSpace = false;
        }

        var squeezed = chars.ToString();
        var splits = new List<string>();
        var position = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Squeeze(lines[i]);
            if (line.Length == 0)
                continue;
            if (string.CompareOrdinal(squeezed, position, line, 0, line.Length) != 0)
                throw new InvalidOperationException($"Line {i} \"{lines[i]}\" does not continue the source at {position}: \"{squeezed[position..Math.Min(squeezed.Length, position + line.Length + 10)]}\"");
            position += line.Length;
            if (position < squeezed.Length && !afterSpace[position]
                && IsHangulSyllable(squeezed[position - 1]) && IsHangulSyllable(squeezed[position]))
            {
                splits.Add($"{squeezed[Math.Max(0, position - 5)..position]}|{squeezed[position..Math.Min(squeezed.Length, position + 5)]}");
            }
        }

        if (position != squeezed.Length)
            throw new InvalidOperationException($"The lines cover {position} of the source's {squeezed.Length} characters.");
        return splits;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
