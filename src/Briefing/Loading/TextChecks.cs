namespace Briefing.Loading;

/// <summary>Character rules every text of a brief follows.</summary>
internal static class TextChecks
{
    /// <summary>The first control character other than tab and line feed, or unpaired surrogate (no character at all), or -1.</summary>
    public static int FindControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F))
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first bidirectional embedding, override or isolate character (Trojan Source), or -1.</summary>
    public static int FindBidiControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="c"/> is a zero-width character or a soft hyphen: invisible, and a break
    /// opportunity or a separate character for PDF text extraction, so that a word holding one is not
    /// found whole by search. The brief's languages (en, ko) never need them.
    /// </summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>The text without its invisible characters; <paramref name="removed"/> counts them, <paramref name="first"/> is the first.</summary>
    public static string RemoveInvisible(string text, out int removed, out char first)
    {
        removed = 0;
        first = '\0';
        var index = 0;
        while (index < text.Length && !IsInvisible(text[index]))
        {
            index++;
        }

        if (index == text.Length)
        {
            return text;
        }

        first = text[index];
        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, index);
        for (; index < text.Length; index++)
        {
            if (IsInvisible(text[index]))
            {
                removed++;
            }
            else
            {
                builder.Append(text[index]);
            }
        }

        return builder.ToString();
    }
}
