using Briefing.Localization.Profiles;

namespace Briefing.Validation.Drift;

/// <summary>
/// What the drift checks know of how one language writes figures and dates: its decimal mark, its month
/// names, its number words and its words for large magnitudes. A language without a table here is still
/// checked, on digits, ISO dates and links only. The tables are plain dictionaries, never changed after they are
/// built and only read through read-only views: frozen ones cost more to build than a render's few hundred
/// lookups save (docs/performance.md).
/// </summary>
internal sealed class DriftLanguage
{
    /// <summary>Spaces that group thousands: space, no-break space, narrow no-break space, thin space.</summary>
    public const string GroupSpaces = " \u00A0\u202F\u2009";

    // Before the languages: static fields are initialized in the order they are written.
    private static readonly Dictionary<string, int> NoMonths = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, decimal> NoWords = new(StringComparer.Ordinal);

    private static readonly DriftLanguage English = new(
        decimalMark: '.',
        groupMarks: "," + GroupSpaces,
        months: Months(
            ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
            ["Jan", "Feb", "Mar", "Apr", null, "Jun", "Jul", "Aug", "Sep|Sept", "Oct", "Nov", "Dec"]),
        monthsAreCapitalized: true,
        ambiguousMonths: ["May"], // a modal verb too: a month only beside a day or a year
        words: Words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
            "seventeen eighteen nineteen twenty",
            ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
            ("hundred", 100), ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
            ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("once", 1), ("twice", 2), ("both", 2),
            ("dozen", 12), ("half", 0.5m)),
        magnitudes: MagnitudeTable(("thousand", 1e3m), ("million", 1e6m), ("billion", 1e9m), ("trillion", 1e12m)),
        usesMyriads: false,
        patterns: () => new(
            [DriftPatterns.EnglishMonthDay(), DriftPatterns.EnglishDayMonth(), DriftPatterns.EnglishMonth(), DriftPatterns.EnglishAmbiguousMonth()],
            DriftPatterns.PointFigure(), DriftPatterns.EnglishMagnitude()));

    private static readonly DriftLanguage French = new(
        decimalMark: ',',
        groupMarks: GroupSpaces,
        months: Months(
            ["janvier", "février|fevrier", "mars", "avril", "mai", "juin", "juillet", "août|aout", "septembre", "octobre", "novembre", "décembre|decembre"],
            ["janv", "févr|fevr", null, null, null, null, "juill", null, "sept", "oct", "nov", "déc|dec"]),
        monthsAreCapitalized: false,
        ambiguousMonths: [],
        words: Words(
            "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize",
            ("zero", 0), ("une", 1), ("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60),
            ("cent", 100), ("premier", 1), ("première", 1), ("deuxième", 2), ("second", 2), ("seconde", 2),
            ("troisième", 3), ("quatrième", 4), ("cinquième", 5), ("douzaine", 12), ("demi", 0.5m)),
        // French "billion" is 10^12 (long scale); "milliard" is 10^9.
        magnitudes: MagnitudeTable(("mille", 1e3m), ("million", 1e6m), ("millions", 1e6m), ("milliard", 1e9m), ("milliards", 1e9m),
            ("billion", 1e12m), ("billions", 1e12m)),
        usesMyriads: false,
        patterns: () => new(
            [DriftPatterns.FrenchMonthDay(), DriftPatterns.FrenchDayMonth(), DriftPatterns.FrenchMonth()],
            DriftPatterns.CommaFigure(), DriftPatterns.FrenchMagnitude()));

    private static readonly DriftLanguage Korean = new(
        decimalMark: '.',
        groupMarks: "," + GroupSpaces,
        months: (NoMonths, new HashSet<string>()), // months are digits with 월 (DateFacts reads them)
        monthsAreCapitalized: false,
        ambiguousMonths: [],
        // Native numerals before a counter (두 곳, 세 번) and 양 (both); words only ever excuse a figure.
        words: Words("", ("한", 1), ("두", 2), ("세", 3), ("네", 4), ("다섯", 5), ("여섯", 6), ("일곱", 7), ("여덟", 8),
            ("아홉", 9), ("열", 10), ("양", 2), ("첫", 1), ("첫째", 1), ("둘째", 2), ("셋째", 3), ("스무", 20)),
        magnitudes: NoWords,
        usesMyriads: true,
        patterns: () => new([], DriftPatterns.PointFigure(), DriftPatterns.NoMagnitude()));

    private static readonly DriftLanguage Other = new('.', "," + GroupSpaces, (NoMonths, new HashSet<string>()), false, [],
        NoWords, NoWords, false,
        () => new([], DriftPatterns.PointFigure(), DriftPatterns.NoMagnitude()));

    private readonly Func<LanguagePatterns> _patterns;
    private readonly Dictionary<string, decimal> _numberWords;

    private DriftLanguage(char decimalMark, string groupMarks, (Dictionary<string, int> Names, HashSet<string> Full) months, bool monthsAreCapitalized,
        string[] ambiguousMonths, Dictionary<string, decimal> words, Dictionary<string, decimal> magnitudes, bool usesMyriads,
        Func<LanguagePatterns> patterns)
    {
        _patterns = patterns;
        DecimalMark = decimalMark;
        GroupMarks = groupMarks;
        MonthNames = months.Names;
        FullMonthNames = months.Full;
        MonthsAreCapitalized = monthsAreCapitalized;
        AmbiguousMonths = ambiguousMonths;
        _numberWords = words;
        Magnitudes = magnitudes;
        UsesMyriads = usesMyriads;
    }

    /// <summary>The mark between the whole part and the fraction: <c>1.5</c> in English, <c>1,5</c> in French.</summary>
    public char DecimalMark { get; }

    /// <summary>Marks that may group thousands (a comma only where it is not the decimal mark).</summary>
    public string GroupMarks { get; }

    /// <summary>Month names and abbreviations, lower case, to the month number (1-12).</summary>
    public IReadOnlyDictionary<string, int> MonthNames { get; }

    /// <summary>The month names of <see cref="MonthNames"/> that are not abbreviations.</summary>
    public IReadOnlySet<string> FullMonthNames { get; }

    /// <summary>Whether a month name is a month only when capitalized (English), or in any case (French).</summary>
    public bool MonthsAreCapitalized { get; }

    /// <summary>Month names that are also common words: a month only beside a day or a year.</summary>
    public IReadOnlyList<string> AmbiguousMonths { get; }

    /// <summary>
    /// Whether a month named alone (<c>in June</c>) is read as a date in this language: not English "May",
    /// which is a modal verb too. Another language's "en mai" has no counterpart to be found here then.
    /// </summary>
    public bool ReadsMonthAlone(int month) =>
        !AmbiguousMonths.Any(name => MonthNames.TryGetValue(name.ToLowerInvariant(), out var number) && number == month);

    /// <summary>Numbers written as words, lower case: never a figure to look for, but a figure's counterpart.</summary>
    public IReadOnlyDictionary<string, decimal> NumberWords => _numberWords;

    /// <summary>The value of a number word written in lower case, looked up without making a string of it.</summary>
    public bool TryGetNumberWord(ReadOnlySpan<char> word, out decimal value) =>
        _numberWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);

    /// <summary>Words after a figure that multiply it (<c>1.2 billion</c>, <c>3 milliards</c>).</summary>
    public IReadOnlyDictionary<string, decimal> Magnitudes { get; }

    /// <summary>Whether figures take the East Asian units 십 백 천 만 억 조 (<c>1조 2천억</c>).</summary>
    public bool UsesMyriads { get; }

    /// <summary>
    /// The language's compiled patterns, the ones its tables build. Named in code rather than built at run time and
    /// looked up (see <see cref="DriftPatterns"/>); given as a function so that only the languages a brief has
    /// create theirs.
    /// </summary>
    public LanguagePatterns Patterns => _patterns();

    /// <summary>The table for a BCP 47 tag, by its language subtag (<c>fr-CA</c> reads as <c>fr</c>).</summary>
    public static DriftLanguage For(string tag) => LanguageProfiles.Known(tag) switch
    {
        KnownLanguage.English => English,
        KnownLanguage.French => French,
        KnownLanguage.Korean => Korean,
        _ => Other,
    };

    private static (Dictionary<string, int> Names, HashSet<string> Full) Months(string?[] names, string?[] abbreviations)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var full = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            foreach (var name in names[i]?.Split('|') ?? [])
            {
                map[name.ToLowerInvariant()] = i + 1;
                full.Add(name.ToLowerInvariant());
            }

            foreach (var name in abbreviations[i]?.Split('|') ?? [])
            {
                map[name.ToLowerInvariant()] = i + 1;
            }
        }

        return (map, full);
    }

    private static Dictionary<string, decimal> Words(string firstOnes, params (string Word, decimal Value)[] more)
    {
        var map = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var ones = firstOnes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < ones.Length; i++)
        {
            map[ones[i]] = i;
        }

        foreach (var (word, value) in more)
        {
            map[word] = value;
        }

        return map;
    }

    private static Dictionary<string, decimal> MagnitudeTable(params (string Word, decimal Value)[] words) =>
        words.ToDictionary(w => w.Word, w => w.Value, StringComparer.Ordinal);
}
