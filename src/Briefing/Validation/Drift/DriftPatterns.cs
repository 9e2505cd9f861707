using System.Text.RegularExpressions;

namespace Briefing.Validation.Drift;

/// <summary>
/// The drift checks' patterns, compiled by the regex source generator: <see cref="DriftLanguage.Patterns"/>
/// names each language's. The patterns are specified by each language's tables
/// (<see cref="DateFacts.NamedPatterns"/>, <see cref="NumberFacts.Patterns"/>), and <c>DriftPatternsTests</c>
/// fails until the compiled ones here are exactly the patterns built from the tables. Why compiled: under
/// Native AOT a <c>new Regex</c> runs interpreted and is parsed at every start, which cost more than the rest
/// of validation together (docs/performance.md). Why named rather than built and then looked up: building
/// the patterns and finding their twins was a tenth of the drift check of a render (docs/performance.md).
/// </summary>
internal static partial class DriftPatterns
{
    /// <summary>Every language: "2025-10-30".</summary>
    [GeneratedRegex(@"(?<!\p{N})(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?!\p{N})", RegexOptions.CultureInvariant)]
    internal static partial Regex IsoDate();

    /// <summary>Every language: "2025. 10. 30.".</summary>
    [GeneratedRegex(@"(?<!\p{N})(?<y>[0-9]{4})\.\s?(?<m>[0-9]{1,2})\.\s?(?<d>[0-9]{1,2})\.?(?!\p{N})", RegexOptions.CultureInvariant)]
    internal static partial Regex DottedDate();

    /// <summary>Every language: "2025년 10월 30일", "10월".</summary>
    [GeneratedRegex(@"(?<!\p{N})(?:(?<y>[0-9]{4})\s*[년年]\s*)?(?<m>[0-9]{1,2})\s*[월月](?:\s*(?<d>[0-9]{1,2})\s*[일日])?", RegexOptions.CultureInvariant)]
    internal static partial Regex UnitDate();

    /// <summary>English: "October 30, 2025", "Oct. 30".</summary>
    [GeneratedRegex("(?<![\\p{L}\\p{N}])(?<m>September|December|February|November|January|October|August|April|March|July|June|Sept|Apr|Aug|Dec|Feb|Jan|Jul|Jun|Mar|May|Nov|Oct|Sep)\\.?\\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th|er|re|e)?(?!\\p{L})(?!\\p{N})(?:,?\\s+(?<y>[0-9]{4})(?!\\p{N}))?", RegexOptions.CultureInvariant)]
    internal static partial Regex EnglishMonthDay();

    /// <summary>English: "30 October 2025".</summary>
    [GeneratedRegex("(?<![\\p{L}\\p{N}])(?<d>[0-9]{1,2})(?:st|nd|rd|th|er|re|e)?\\s+(?<m>September|December|February|November|January|October|August|April|March|July|June|Sept|Apr|Aug|Dec|Feb|Jan|Jul|Jun|Mar|May|Nov|Oct|Sep)\\.?(?!\\p{L})(?:,?\\s+(?<y>[0-9]{4})(?!\\p{N}))?", RegexOptions.CultureInvariant)]
    internal static partial Regex EnglishDayMonth();

    /// <summary>English: "in June".</summary>
    [GeneratedRegex("(?<![\\p{L}\\p{N}])(?<m>September|December|February|November|January|October|August|April|March|July|June)(?!\\p{L})(?:,?\\s+(?<y>[0-9]{4})(?!\\p{N}))?", RegexOptions.CultureInvariant)]
    internal static partial Regex EnglishMonth();

    /// <summary>English: "May 2025".</summary>
    [GeneratedRegex("(?<![\\p{L}\\p{N}])(?<m>May),?\\s+(?<y>[0-9]{4})(?!\\p{N})", RegexOptions.CultureInvariant)]
    internal static partial Regex EnglishAmbiguousMonth();

    /// <summary>French: "octobre 30".</summary>
    [GeneratedRegex("(?<![\\p{L}\\p{N}])(?<m>septembre|decembre|d\u00E9cembre|novembre|fevrier|f\u00E9vrier|janvier|juillet|octobre|avril|juill|aout|ao\u00FBt|fevr|f\u00E9vr|janv|juin|mars|sept|dec|d\u00E9c|mai|nov|oct)\\.?\\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th|er|re|e)?(?!\\p{L})(?!\\p{N})(?:,?\\s+(?<y>[0-9]{4})(?!\\p{N}))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex FrenchMonthDay();

    /// <summary>French: "30 octobre 2025", "1er juin".</summary>
    [GeneratedRegex("(?<![\\p{L}\\p{N}])(?<d>[0-9]{1,2})(?:st|nd|rd|th|er|re|e)?\\s+(?<m>septembre|decembre|d\u00E9cembre|novembre|fevrier|f\u00E9vrier|janvier|juillet|octobre|avril|juill|aout|ao\u00FBt|fevr|f\u00E9vr|janv|juin|mars|sept|dec|d\u00E9c|mai|nov|oct)\\.?(?!\\p{L})(?:,?\\s+(?<y>[0-9]{4})(?!\\p{N}))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex FrenchDayMonth();

    /// <summary>French: "en août 2025".</summary>
    [GeneratedRegex("(?<![\\p{L}\\p{N}])(?<m>septembre|decembre|d\u00E9cembre|novembre|fevrier|f\u00E9vrier|janvier|juillet|octobre|avril|aout|ao\u00FBt|juin|mars|mai)(?!\\p{L})(?:,?\\s+(?<y>[0-9]{4})(?!\\p{N}))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex FrenchMonth();

    /// <summary>English, Korean and other languages: "1,200.5", "1 200".</summary>
    [GeneratedRegex("(?<!\\p{N})(?<whole>[0-9]{1,3}(?:[,\\ \u00A0\u202F\u2009][0-9]{3})+(?!\\p{N})|[0-9]+)(?:\\.(?<fraction>[0-9]+))?", RegexOptions.CultureInvariant)]
    internal static partial Regex PointFigure();

    /// <summary>French: "1 200,5".</summary>
    [GeneratedRegex("(?<!\\p{N})(?<whole>[0-9]{1,3}(?:[\\ \u00A0\u202F\u2009][0-9]{3})+(?!\\p{N})|[0-9]+)(?:,(?<fraction>[0-9]+))?", RegexOptions.CultureInvariant)]
    internal static partial Regex CommaFigure();

    /// <summary>English: "billion" after a figure.</summary>
    [GeneratedRegex("^[\\s\\-]?(?<word>thousand|trillion|billion|million)(?!\\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex EnglishMagnitude();

    /// <summary>French: "milliards" after a figure.</summary>
    [GeneratedRegex("^[\\s\\-]?(?<word>milliards|billions|milliard|millions|billion|million|mille)(?!\\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex FrenchMagnitude();

    /// <summary>Languages without magnitude words: matches nothing.</summary>
    [GeneratedRegex("(?!)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex NoMagnitude();
}
