namespace Briefing.Localization;

/// <summary>
/// Korean report numbering by level: <c>1.</c> → <c>가.</c> → <c>1)</c> → <c>가)</c> → <c>(1)</c> →
/// <c>(가)</c> → <c>①</c> → <c>㉮</c>.
/// </summary>
public static class OutlineNumbering
{
    /// <summary>The number of levels.</summary>
    public const int Levels = 8;

    private const string HangulOrder = "가나다라마바사아자차카타파하";

    /// <summary>
    /// The label for a 1-based level and 1-based index. Past 하 (14) the Hangul levels and past ⑳ / ㉻ the
    /// circled levels fall back to the plain number in the same shape, e.g. <c>15.</c> or <c>(21)</c>.
    /// </summary>
    public static string Label(int level, int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, Levels);
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        return level switch
        {
            1 => $"{index}.",
            2 => $"{Hangul(index)}.",
            3 => $"{index})",
            4 => $"{Hangul(index)})",
            5 => $"({index})",
            6 => $"({Hangul(index)})",
            7 => index <= 20 ? ((char)('\u2460' + index - 1)).ToString() : $"({index})",
            _ => index <= HangulOrder.Length ? ((char)('\u326E' + index - 1)).ToString() : $"({index})",
        };
    }

    private static string Hangul(int index) =>
        index <= HangulOrder.Length ? HangulOrder[index - 1].ToString() : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
