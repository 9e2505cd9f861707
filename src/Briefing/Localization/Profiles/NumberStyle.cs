using System.Globalization;

namespace Briefing.Localization.Profiles;

/// <summary>How a language writes numbers: the thousands separator and the decimal mark.</summary>
/// <param name="GroupSeparator">Between groups of three digits: <c>,</c> in English, a (narrow) no-break space in French.</param>
/// <param name="DecimalSeparator"><c>.</c> in English and Korean, <c>,</c> in French.</param>
public sealed record NumberStyle(string GroupSeparator, string DecimalSeparator)
{
    /// <summary>A whole number with its groups: <c>1,200</c>, <c>1 200</c>.</summary>
    public string Format(long value)
    {
        var format = new NumberFormatInfo { NumberGroupSeparator = GroupSeparator, NumberDecimalSeparator = DecimalSeparator, NegativeSign = "-" };
        return value.ToString("#,0", format);
    }

    /// <summary>A decimal number with <paramref name="decimals"/> places: <c>1,200.5</c>, <c>1 200,5</c>.</summary>
    public string Format(decimal value, int decimals)
    {
        var format = new NumberFormatInfo { NumberGroupSeparator = GroupSeparator, NumberDecimalSeparator = DecimalSeparator, NegativeSign = "-" };
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), format);
    }
}
