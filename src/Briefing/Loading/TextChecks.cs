namespace Briefing.Loading;

/// <summary>Character rules every text of a brief follows.</summary>
internal static class TextChecks
{
    /// <summary>The first control character other than tab and line feed, or -1.</summary>
    public static int FindControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F))
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
}
