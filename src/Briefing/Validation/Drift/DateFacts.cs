using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Validation.Drift;

/// <summary>
/// Finds the dates of a text in one language and blanks them out, so that <c>October 30, 2025</c> and
/// <c>2025. 10. 30.</c> compare as one date, not as the figures 30 and 2025 against 2025, 10 and 30.
/// Every language gets the forms in digits (ISO <c>2025-10-30</c>, dotted <c>2025. 10. 30.</c>) and with
/// the CJK units (<c>2025년 10월 30일</c>, <c>10월</c>); a language with month names also gets those, the
/// day before or after the month and the year optional (<c>October 30</c>, <c>30 octobre 2025</c>,
/// <c>in June</c>). All-digit forms with slashes are left alone: <c>10/11/2025</c> means two dates.
/// </summary>
internal sealed class DateFacts
{
    private const string NotAfterDigit = @"(?<!\p{N})";
    private const string NotBeforeDigit = @"(?!\p{N})";
    private const string Year = @"(?:,?\s+(?<y>[0-9]{4})" + NotBeforeDigit + ")?";

    private static readonly Regex[] Numeric = [.. NumericPatterns.Select(pattern => DriftPatterns.Get(pattern.Pattern, pattern.Options))];

    private readonly DriftLanguage _language;
    private readonly Regex[] _named;

    /// <summary>Prepares the patterns of one language.</summary>
    public DateFacts(DriftLanguage language)
    {
        _language = language;
        _named = [.. NamedPatterns(language).Select(pattern => DriftPatterns.Get(pattern.Pattern, pattern.Options))];
    }

    /// <summary>The patterns of the dates in digits, every language's (compiled in <see cref="DriftPatterns"/>).</summary>
    internal static IReadOnlyList<(string Pattern, RegexOptions Options)> NumericPatterns =>
    [
        (NotAfterDigit + @"(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})" + NotBeforeDigit, RegexOptions.CultureInvariant),
        (NotAfterDigit + @"(?<y>[0-9]{4})\.\s?(?<m>[0-9]{1,2})\.\s?(?<d>[0-9]{1,2})\.?" + NotBeforeDigit, RegexOptions.CultureInvariant),
        (NotAfterDigit + @"(?:(?<y>[0-9]{4})\s*[년年]\s*)?(?<m>[0-9]{1,2})\s*[월月](?:\s*(?<d>[0-9]{1,2})\s*[일日])?", RegexOptions.CultureInvariant),
    ];

    /// <summary>
    /// The patterns of the dates with month names in one language (none without month names). Built from the
    /// language's tables; <see cref="DriftPatterns"/> holds them compiled for the shipped languages.
    /// </summary>
    internal static IReadOnlyList<(string Pattern, RegexOptions Options)> NamedPatterns(DriftLanguage language)
    {
        if (language.MonthNames.Count == 0)
        {
            return [];
        }

        var options = RegexOptions.CultureInvariant | (language.MonthsAreCapitalized ? RegexOptions.None : RegexOptions.IgnoreCase);
        var all = Alternation(language.MonthNames.Keys, language.MonthsAreCapitalized);
        var unambiguous = Alternation(
            language.FullMonthNames.Where(name => !language.AmbiguousMonths.Contains(Capitalize(name))),
            language.MonthsAreCapitalized);
        const string NotAfterWord = @"(?<![\p{L}\p{N}])";
        const string NotBeforeLetter = @"(?!\p{L})";
        const string Ordinal = @"(?:st|nd|rd|th|er|re|e)?";
        List<(string Pattern, RegexOptions Options)> named =
        [
            // October 30, 2025 / Oct. 30
            (NotAfterWord + $@"(?<m>{all})\.?\s+(?<d>[0-9]{{1,2}}){Ordinal}{NotBeforeLetter}{NotBeforeDigit}{Year}", options),
            // 30 octobre 2025 / 1er juin / 30 October 2025
            (NotAfterWord + $@"(?<d>[0-9]{{1,2}}){Ordinal}\s+(?<m>{all})\.?{NotBeforeLetter}{Year}", options),
            // in June / en août 2025 (full names only: "Jan" or "May" alone is too often a name or a word)
            (NotAfterWord + $@"(?<m>{unambiguous}){NotBeforeLetter}{Year}", options),
        ];
        if (language.AmbiguousMonths.Count > 0)
        {
            // May 2025: an ambiguous name is a month beside a year
            var ambiguous = Alternation(language.AmbiguousMonths.Select(name => name.ToLowerInvariant()), language.MonthsAreCapitalized);
            named.Add((NotAfterWord + $@"(?<m>{ambiguous}),?\s+(?<y>[0-9]{{4}}){NotBeforeDigit}", options));
        }

        return named;
    }

    /// <summary>Reads the dates of <paramref name="text"/>, blanking each one found.</summary>
    public List<DateMention> Read(char[] text)
    {
        var dates = new List<DateMention>();
        // Every date in digits needs an ASCII digit, which most texts lack; and the text is copied for the
        // next pattern only when this one blanked something out of it.
        var numeric = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        string? current = null;
        foreach (var pattern in numeric ? Numeric.Concat(_named) : _named)
        {
            current ??= new string(text);
            foreach (Match match in pattern.Matches(current))
            {
                if (ToDate(match) is { } date)
                {
                    dates.Add(date);
                    Array.Fill(text, ' ', match.Index, match.Length);
                    current = null;
                }
                else if (match.Groups["m"] is { Length: > 0 } month && !char.IsAsciiDigit(month.Value[0]))
                {
                    // "February 30": no date, and its month name must not be read again as "in February".
                    Array.Fill(text, ' ', month.Index, month.Length);
                    current = null;
                }
            }
        }

        return dates;
    }

    private DateMention? ToDate(Match match)
    {
        var monthText = match.Groups["m"].Value;
        int month;
        if (monthText.Length > 0 && char.IsAsciiDigit(monthText[0]))
        {
            month = int.Parse(monthText, CultureInfo.InvariantCulture);
        }
        else if (!_language.MonthNames.TryGetValue(monthText.ToLowerInvariant(), out month))
        {
            return null;
        }

        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12 || day is < 1 or > 31 || (year is { } y && day is { } d && (y < 1 || d > DateTime.DaysInMonth(y, month))))
        {
            return null; // not a date: its digits stay figures
        }

        return new DateMention(year, month, day, match.Value.Trim());
    }

    private static string Alternation(IEnumerable<string> names, bool capitalized) =>
        string.Join('|', names.OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal)
            .Select(name => Regex.Escape(capitalized ? Capitalize(name) : name)));

    private static string Capitalize(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
