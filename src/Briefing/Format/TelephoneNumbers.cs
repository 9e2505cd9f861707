using System.Text.RegularExpressions;

namespace Briefing.Format;

/// <summary>
/// What a telephone number in a brief may look like: digits grouped by spaces, dashes, dots or parentheses,
/// an optional leading +, and an optional extension (<c>ext. 12</c>, <c>x12</c>, <c>poste 12</c>, <c>내선 12</c>).
/// </summary>
public static partial class TelephoneNumbers
{
    /// <summary>The pattern, shared by the loader and the JSON Schema.</summary>
    public const string Pattern = @"^\+?[0-9(][0-9 ().\-]{2,}[0-9]( ?(ext\.?|x|poste|내선) ?[0-9]{1,6})?$";

    /// <summary>Whether <paramref name="text"/> is a telephone number.</summary>
    public static bool IsValid(string text) => Regex().IsMatch(text);

    [GeneratedRegex(Pattern)]
    private static partial Regex Regex();
}
