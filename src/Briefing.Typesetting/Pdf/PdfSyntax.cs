namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Just enough PDF lexing to walk PDFsharp's own output: skipping whitespace, finding where a value ends
/// and listing a dictionary's top-level entries. It never builds objects, so it stays fast.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>One top-level dictionary entry: key (with its slash) and raw value, as index ranges.</summary>
    public readonly record struct Entry(int KeyStart, int KeyEnd, int ValueStart, int ValueEnd);

    public static bool IsWhite(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>Skips whitespace and comments.</summary>
    public static int SkipWhite(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length)
        {
            if (IsWhite(s[i]))
            {
                i++;
            }
            else if (s[i] == '%')
            {
                while (i < s.Length && s[i] != '\n' && s[i] != '\r')
                    i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>The index just after the value that starts at <paramref name="i"/> (an indirect reference counts as one value).</summary>
    public static int ValueEnd(ReadOnlySpan<byte> s, int i)
    {
        var c = s[i];
        switch (c)
        {
            case (byte)'/':
                return RegularEnd(s, i + 1);
            case (byte)'(':
                return StringEnd(s, i);
            case (byte)'<' when i + 1 < s.Length && s[i + 1] == '<':
                i += 2;
                while (true)
                {
                    i = SkipWhite(s, i);
                    if (s[i] == '>' && s[i + 1] == '>')
                        return i + 2;
                    i = ValueEnd(s, i);
                }
            case (byte)'<':
                var close = s[i..].IndexOf((byte)'>');
                if (close < 0)
                    throw new FormatException($"Unterminated hex string at offset {i}.");
                return i + close + 1;
            case (byte)'[':
                i++;
                while (true)
                {
                    i = SkipWhite(s, i);
                    if (s[i] == ']')
                        return i + 1;
                    i = ValueEnd(s, i);
                }
            default:
                var end = RegularEnd(s, i);
                if (!IsDigit(c))
                    return end;

                // "12 0 R": look past the generation number for the R.
                var j = SkipWhite(s, end);
                if (j >= s.Length || !IsDigit(s[j]))
                    return end;
                var k = RegularEnd(s, j);
                var m = SkipWhite(s, k);
                if (m < s.Length && s[m] == 'R' && (m + 1 == s.Length || IsWhite(s[m + 1]) || IsDelimiter(s[m + 1])))
                    return m + 1;
                return end;
        }
    }

    /// <summary>Lists the top-level entries of the dictionary starting at <paramref name="i"/> ("&lt;&lt;"); returns the index after "&gt;&gt;".</summary>
    public static int ReadDictionary(ReadOnlySpan<byte> s, int i, List<Entry> entries)
    {
        if (s[i] != '<' || s[i + 1] != '<')
            throw new FormatException($"Expected a dictionary at offset {i}.");
        i += 2;
        while (true)
        {
            i = SkipWhite(s, i);
            if (s[i] == '>' && s[i + 1] == '>')
                return i + 2;
            if (s[i] != '/')
                throw new FormatException($"Expected a name key at offset {i}.");
            var keyEnd = ValueEnd(s, i);
            var valueStart = SkipWhite(s, keyEnd);
            var valueEnd = ValueEnd(s, valueStart);
            entries.Add(new Entry(i, keyEnd, valueStart, valueEnd));
            i = valueEnd;
        }
    }

    /// <summary>Finds a top-level entry by key (e.g. "/Length"); -1 when absent.</summary>
    public static int Find(ReadOnlySpan<byte> s, List<Entry> entries, ReadOnlySpan<byte> key)
    {
        for (var e = 0; e < entries.Count; e++)
        {
            if (s[entries[e].KeyStart..entries[e].KeyEnd].SequenceEqual(key))
                return e;
        }
        return -1;
    }

    /// <summary>Parses a non-negative integer at <paramref name="i"/>.</summary>
    public static long ReadInteger(ReadOnlySpan<byte> s, ref int i)
    {
        if (i >= s.Length || !IsDigit(s[i]))
            throw new FormatException($"Expected an integer at offset {i}.");
        long value = 0;
        while (i < s.Length && IsDigit(s[i]))
        {
            value = value * 10 + (s[i] - '0');
            i++;
        }
        return value;
    }

    /// <summary>Whether <paramref name="keyword"/> stands at <paramref name="i"/>.</summary>
    public static bool At(ReadOnlySpan<byte> s, int i, ReadOnlySpan<byte> keyword) =>
        i + keyword.Length <= s.Length && s.Slice(i, keyword.Length).SequenceEqual(keyword);

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';

    private static int RegularEnd(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && !IsWhite(s[i]) && !IsDelimiter(s[i]))
            i++;
        return i;
    }

    private static int StringEnd(ReadOnlySpan<byte> s, int i)
    {
        var depth = 0;
        for (; i < s.Length; i++)
        {
            switch (s[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    depth--;
                    if (depth == 0)
                        return i + 1;
                    break;
            }
        }
        throw new FormatException("Unterminated string.");
    }
}
