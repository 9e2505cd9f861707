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

    private readonly DriftLanguage _language;
    private readonly IReadOnlyList<Regex> _named;

    /// <summary>Prepares the patterns of one language.</summary>
    public DateFacts(DriftLanguage language)
    {
        _language = language;
        _named = language.Patterns.NamedDates;
    }

    /// <summary>The compiled patterns of the dates in digits, every language's: <see cref="NumericPatterns"/>.</summary>
    internal static IReadOnlyList<Regex> Numeric { get; } = [DriftPatterns.IsoDate(), DriftPatterns.DottedDate(), DriftPatterns.UnitDate()];

    /// <summary>The patterns of the dates in digits, every language's (compiled in <see cref="Numeric"/>).</summary>
    internal static IReadOnlyList<(string Pattern, RegexOptions Options)> NumericPatterns =>
    [
        (NotAfterDigit + @"(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})" + NotBeforeDigit, RegexOptions.CultureInvariant),
        (NotAfterDigit + @"(?<y>[0-9]{4})\.\s?(?<m>[0-9]{1,2})\.\s?(?<d>[0-9]{1,2})\.?" + NotBeforeDigit, RegexOptions.CultureInvariant),
        (NotAfterDigit + @"(?:(?<y>[0-9]{4})\s*[년年]\s*)?(?<m>[0-9]{1,2})\s*[월月](?:\s*(?<d>[0-9]{1,2})\s*[일日])?", RegexOptions.CultureInvariant),
    ];

    /// <summary>
    /// The patterns of the dates with month names in one language (none without month names), built from the
    /// language's tables: the specification of the compiled ones, <see cref="DriftLanguage.Patterns"/>.
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
    public IReadOnlyList<DateMention> Read(BlankedText text)
    {
        List<DateMention>? dates = null;
        // Every date in digits needs an ASCII digit, which most texts lack.
        if (text.Span.IndexOfAnyInRange('0', '9') >= 0)
        {
            for (var i = 0; i < Numeric.Count; i++)
            {
                Read(Numeric[i], text, ref dates);
            }
        }

        for (var i = 0; i < _named.Count; i++)
        {
            Read(_named[i], text, ref dates);
        }

        return dates ?? (IReadOnlyList<DateMention>)[];
    }

    // Each pattern reads the text as the patterns before it left it; its own matches are all found in that text,
    // so a blank it makes shows only to the next pattern.
    private void Read(Regex pattern, BlankedText text, ref List<DateMention>? dates)
    {
        for (var match = pattern.Match(text.Current); match.Success; match = match.NextMatch())
        {
            if (ToDate(match) is { } date)
            {
                (dates ??= []).Add(date);
                text.Blank(match.Index, match.Length);
            }
            else if (match.Groups["m"] is { Length: > 0 } month && !char.IsAsciiDigit(month.ValueSpan[0]))
            {
                // "February 30": no date, and its month name must not be read again as "in February".
                text.Blank(month.Index, month.Length);
            }
        }
    }

    private DateMention? ToDate(Match match)
    {
        var monthText = match.Groups["m"].ValueSpan;
        int month;
        if (monthText.Length > 0 && char.IsAsciiDigit(monthText[0]))
        {
            month = int.Parse(monthText, CultureInfo.InvariantCulture);
        }
        else if (!_language.MonthNames.TryGetValue(monthText.ToString().ToLowerInvariant(), out month))
        {
            return null;
        }

        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture) : null;
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
