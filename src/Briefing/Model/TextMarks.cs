using System.Text.RegularExpressions;

namespace Briefing.Model;

/// <summary>
/// The spelling of <see cref="TextMark"/>s in a text: <c>{unofficial-translation}</c>, <c>{provisional-name}</c>,
/// <c>{as-reported}</c>. The author writes the mark where it belongs (after a quotation, after a name); the text
/// without it is what searches, checks and older frames read, and each language's document replaces it with
/// its own words.
/// </summary>
public static partial class TextMarks
{
    /// <summary>Every <c>{lowercase-kebab}</c> token: the known marks, and misspellings the loader reports.</summary>
    [GeneratedRegex(@"\{([a-z]+(?:-[a-z]+)*)\}")]
    public static partial Regex Token();

    /// <summary>The mark spelt <paramref name="name"/>, or null.</summary>
    public static TextMark? Parse(string name)
    {
        for (var i = 0; i < FormatNames.Marks.Count; i++)
        {
            if (FormatNames.Marks[i] == name)
                return (TextMark)i;
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> holds a known mark.</summary>
    public static bool Contains(string text)
    {
        foreach (Match match in Token().Matches(text))
        {
            if (Parse(match.Groups[1].Value) is not null)
                return true;
        }

        return false;
    }

    /// <summary>The text with its known marks left out, with the space the author put before each.</summary>
    public static string Strip(string text) => Replace(text, static _ => null);

    /// <summary>
    /// The text with each known mark replaced by <paramref name="words"/> (the space before it kept), or left
    /// out with the space before it when <paramref name="words"/> gives null.
    /// </summary>
    public static string Replace(string text, Func<TextMark, string?> words)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in Token().Matches(text))
        {
            if (Parse(match.Groups[1].Value) is not { } mark)
                continue;
            result.Append(text, last, match.Index - last);
            var replacement = words(mark);
            if (replacement is null)
            {
                // A removed mark takes the spaces before it along: "name {provisional-name}" reads "name", not "name ".
                while (result.Length > 0 && result[^1] is ' ' or '\t')
                    result.Length--;
            }
            else
            {
                result.Append(replacement);
            }

            last = match.Index + match.Length;
        }

        if (last == 0)
            return text;
        result.Append(text, last, text.Length - last);
        return result.ToString();
    }
}
