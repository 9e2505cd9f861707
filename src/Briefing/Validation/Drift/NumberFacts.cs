using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Validation.Drift;

/// <summary>
/// Reads the figures of a text in one language as values: thousands grouped by a comma or any space
/// (U+0020, U+00A0, U+202F, U+2009) or not at all, the language's decimal mark (<c>1.5</c> in English,
/// <c>1,5</c> in French), and a magnitude word or unit after the digits (<c>1.2 billion</c>,
/// <c>1,2 milliard</c>, <c>1조 2천억</c>). Numbers written as words are gathered apart: they never need a
/// counterpart, but they are one (<c>four months</c> answers <c>4개월</c>).
/// </summary>
internal sealed partial class NumberFacts
{
    // A magnitude word is looked for only this far after the digits (a space and "trillions" fit), so that a
    // failed look never scans the rest of a long text.
    private const int WordWindow = 16;

    // Longer than any number word of any language's table (DriftLanguage), so a longer word is none; lower
    // casing keeps the length of a word of letters (\p{L}: no surrogate pair changes case to a different length).
    internal const int LongestNumberWord = 32;

    private static readonly IReadOnlySet<decimal> NoValues = new HashSet<decimal>();

    private readonly DriftLanguage _language;
    private readonly Regex _figure;
    private readonly Regex _magnitude;

    /// <summary>Prepares the patterns of one language.</summary>
    public NumberFacts(DriftLanguage language)
    {
        _language = language;
        var patterns = language.Patterns;
        _figure = patterns.Figure;
        _magnitude = patterns.Magnitude;
    }

    /// <summary>
    /// The patterns of one language's figures and magnitude words, built from its tables: the specification of
    /// the compiled ones, <see cref="DriftLanguage.Patterns"/>.
    /// </summary>
    internal static ((string Pattern, RegexOptions Options) Figure, (string Pattern, RegexOptions Options) Magnitude) Patterns(DriftLanguage language)
    {
        var groups = Regex.Escape(language.GroupMarks.Replace(language.DecimalMark.ToString(), string.Empty, StringComparison.Ordinal));
        var mark = Regex.Escape(language.DecimalMark.ToString());
        // A group is exactly three digits after a lead of one to three: "2025 200" stays two figures.
        var figure = $@"(?<!\p{{N}})(?<whole>[0-9]{{1,3}}(?:[{groups}][0-9]{{3}})+(?!\p{{N}})|[0-9]+)(?:{mark}(?<fraction>[0-9]+))?";
        var words = string.Join('|', language.Magnitudes.Keys.OrderByDescending(word => word.Length).ThenBy(word => word, StringComparer.Ordinal).Select(Regex.Escape));
        var magnitude = words.Length == 0 ? "(?!)" : $@"^[\s\-]?(?<word>{words})(?!\p{{L}})";
        return ((figure, RegexOptions.CultureInvariant), (magnitude, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));
    }

    /// <summary>The figures of <paramref name="text"/> (dates and links already blanked out).</summary>
    public IReadOnlyList<Figure> ReadFigures(string text)
    {
        // Every figure needs an ASCII digit, which most texts lack; a list only for texts that have figures.
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return [];
        }

        var figures = new List<Figure>();
        var match = _figure.Match(text);
        while (match.Success)
        {
            var end = match.Index + match.Length;
            if (Value(match) is { } value)
            {
                var magnitude = _language.Magnitudes.Count == 0 ? Match.Empty : _magnitude.Match(text, end, Math.Min(WordWindow, text.Length - end));
                if (magnitude.Success)
                {
                    value = Scale(value, _language.Magnitudes[magnitude.Groups["word"].Value.ToLowerInvariant()]);
                    end = magnitude.Index + magnitude.Length;
                }
                else if (_language.UsesMyriads && !MyriadUnits.IsOrdinal(text, match.Index))
                {
                    (value, end) = MyriadUnits.Extend(text, value, end, this);
                }

                figures.Add(new Figure(value, text[match.Index..end]));
            }

            match = _figure.Match(text, end);
        }

        return figures;
    }

    /// <summary>The values of the numbers <paramref name="text"/> spells out in words.</summary>
    public IReadOnlySet<decimal> ReadWords(string text)
    {
        // A set only for texts that spell a number: most share the empty one.
        HashSet<decimal>? values = null;
        if (_language.NumberWords.Count == 0)
        {
            return NoValues;
        }

        // Every word of the text is looked up: in lower case on the stack, not as a Match and two strings each.
        Span<char> lower = stackalloc char[LongestNumberWord];
        foreach (var word in Word().EnumerateMatches(text))
        {
            if (word.Length <= LongestNumberWord)
            {
                var written = text.AsSpan(word.Index, word.Length).ToLowerInvariant(lower);
                if (_language.TryGetNumberWord(lower[..written], out var value))
                {
                    (values ??= []).Add(value);
                }
            }
        }

        return values ?? NoValues;
    }

    /// <summary>The figure that starts exactly at <paramref name="start"/>, if one does (for chained units).</summary>
    public (decimal Value, int End)? FigureAt(string text, int start)
    {
        if (start >= text.Length || !char.IsAsciiDigit(text[start]))
        {
            return null; // without this, a failed match would scan the rest of the text: quadratic on long texts
        }

        var match = _figure.Match(text, start);
        return match.Success && match.Index == start && Value(match) is { } value ? (value, match.Index + match.Length) : null;
    }

    /// <summary><paramref name="value"/> times <paramref name="factor"/>, held at the largest decimal rather than overflowing.</summary>
    public static decimal Scale(decimal value, decimal factor) =>
        factor > 1 && value > decimal.MaxValue / factor ? decimal.MaxValue : value * factor;

    private static decimal? Value(Match match)
    {
        // A run of more digits than a decimal holds (28) is a code, not a figure anyone translates: skipped.
        const int MostDigits = 28;
        var whole = match.Groups["whole"].ValueSpan;
        var fraction = match.Groups["fraction"];
        // The digits of the whole part without its group marks, a point, and the fraction's digits, on the stack:
        // not the three strings and an array that building them as text took for each figure.
        var size = MostDigits + 1 + fraction.Length;
        Span<char> number = size <= 128 ? stackalloc char[128] : new char[size];
        var length = 0;
        foreach (var c in whole)
        {
            if (char.IsAsciiDigit(c))
            {
                if (length == MostDigits)
                {
                    return null;
                }

                number[length++] = c;
            }
        }

        if (fraction.Success)
        {
            number[length++] = '.';
            fraction.ValueSpan.CopyTo(number[length..]);
            length += fraction.Length;
        }

        return decimal.TryParse(number[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
