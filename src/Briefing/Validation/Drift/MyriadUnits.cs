namespace Briefing.Validation.Drift;

/// <summary>
/// The Korean units after digits: 십 (10), 백 (100), 천 (1000) and the myriads 만 (10^4), 억 (10^8), 조 (10^12),
/// chained from the largest down (<c>1조 2천억</c> is 1.2 × 10^12, <c>3만 5천</c> is 35 000). A unit is read only
/// right after the digits; between two links of a chain one space is allowed.
/// </summary>
internal static class MyriadUnits
{
    /// <summary>Extends the figure that ends at <paramref name="end"/> by the units that follow it.</summary>
    public static (decimal Value, int End) Extend(string text, decimal value, int end, NumberFacts numbers)
    {
        var (scale, after, myriad) = Units(text, end);
        if (after == end)
        {
            return (value, end);
        }

        var total = NumberFacts.Scale(value, scale);
        end = after;
        while (myriad > 1)
        {
            var next = end < text.Length && text[end] == ' ' ? end + 1 : end;
            if (numbers.FigureAt(text, next) is not { } figure)
            {
                break;
            }

            var (nextScale, nextAfter, nextMyriad) = Units(text, figure.End);
            if (nextAfter == figure.End || nextMyriad >= myriad)
            {
                break; // not a smaller link of the same amount
            }

            var link = NumberFacts.Scale(figure.Value, nextScale);
            total = total > decimal.MaxValue - link ? decimal.MaxValue : total + link;
            end = nextAfter;
            myriad = nextMyriad;
        }

        return (total, end);
    }

    /// <summary>
    /// Whether the figure starting at <paramref name="start"/> is an ordinal, <c>제12조</c> (Article 12) or
    /// <c>제3차</c>: after 제 the character that follows names the thing counted, so 조 there is an article,
    /// not 10^12, and the figure stays as written.
    /// </summary>
    public static bool IsOrdinal(string text, int start) => start > 0 && text[start - 1] == '제';

    private static (decimal Scale, int End, decimal Myriad) Units(string text, int at)
    {
        decimal small = 1;
        if (at < text.Length && Small(text[at]) is { } s)
        {
            small = s;
            at++;
        }

        decimal myriad = 1;
        if (at < text.Length && Myriad(text[at]) is { } m)
        {
            myriad = m;
            at++;
        }

        return (small * myriad, at, myriad);
    }

    private static decimal? Small(char c) => c switch
    {
        '십' => 10m,
        '백' => 100m,
        '천' => 1000m,
        _ => null,
    };

    private static decimal? Myriad(char c) => c switch
    {
        '만' => 1e4m,
        '억' => 1e8m,
        '조' => 1e12m,
        _ => null,
    };
}
