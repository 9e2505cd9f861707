using System.Globalization;
using System.Text;

namespace Briefing.Localization;

/// <summary>
/// Korean report numbering by level (행정 효율과 협업 촉진에 관한 규정 시행규칙, art. 2): <c>1.</c> → <c>가.</c> →
/// <c>1)</c> → <c>가)</c> → <c>(1)</c> → <c>(가)</c> → <c>①</c> → <c>㉮</c>. The Hangul levels continue past
/// <c>하</c> with <c>거 너 더 … 허</c>, then <c>고 노 도 … 호</c> and so on, never with digits, which would read as
/// a different level.
/// </summary>
public static class OutlineNumbering
{
    /// <summary>The number of levels.</summary>
    public const int Levels = 8;

    // The fourteen basic consonants in dictionary order (ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅅ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ) as
    // initial-consonant indices of precomposed syllables, and the vowels each round of fourteen takes:
    // ㅏ (가…하), ㅓ (거…허), ㅗ (고…호), ㅜ (구…후), ㅡ (그…흐), ㅣ (기…히).
    private static readonly int[] Initials = [0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18];
    private static readonly int[] Vowels = [0, 4, 8, 13, 18, 20];

    /// <summary>How many one-syllable labels a Hangul level has before labels take two syllables.</summary>
    public static int SingleSyllableLabels => Initials.Length * Vowels.Length;

    /// <summary>
    /// The label for a 1-based level and 1-based index. The Hangul levels run <c>가 … 하</c>, <c>거 … 허</c>,
    /// <c>고 … 호</c>, …; past <see cref="SingleSyllableLabels"/> they take two syllables (<c>가가</c>), like
    /// spreadsheet columns. The circled digits go to ㊿; past that, and past ㉻ (Unicode has no circled
    /// <c>거</c>), the label is the plain number or syllable in parentheses.
    /// </summary>
    public static string Label(int level, int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, Levels);
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        return level switch
        {
            1 => $"{Number(index)}.",
            2 => $"{Hangul(index)}.",
            3 => $"{Number(index)})",
            4 => $"{Hangul(index)})",
            5 => $"({Number(index)})",
            6 => $"({Hangul(index)})",
            7 => CircledNumber(index) ?? $"({Number(index)})",
            _ => index <= Initials.Length ? ((char)('\u326E' + index - 1)).ToString() : $"({Hangul(index)})",
        };
    }

    /// <summary>
    /// Whether a list of <paramref name="count"/> items is numbered at all: a single item takes no label,
    /// since there is nothing to tell it apart from.
    /// </summary>
    public static bool Numbers(int count) => count > 1;

    /// <summary>The Hangul counter for a 1-based index: 가 … 하, 거 … 허, 고 … 호, …, then 가가, 가나, ….</summary>
    public static string Hangul(int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        var letters = SingleSyllableLabels;
        if (index <= letters)
            return Syllable(index - 1).ToString();
        // Bijective base-n, most significant syllable first.
        var digits = new StringBuilder();
        var n = index;
        while (n > 0)
        {
            n--;
            digits.Insert(0, Syllable(n % letters));
            n /= letters;
        }
        return digits.ToString();
    }

    private static char Syllable(int ordinal)
    {
        var initial = Initials[ordinal % Initials.Length];
        var vowel = Vowels[ordinal / Initials.Length];
        // Precomposed Hangul: U+AC00 + (initial × 21 + vowel) × 28, with no final consonant.
        return (char)(0xAC00 + (initial * 21 + vowel) * 28);
    }

    private static string? CircledNumber(int index) => index switch
    {
        <= 20 => ((char)('\u2460' + index - 1)).ToString(),
        <= 35 => ((char)('\u3251' + index - 21)).ToString(),
        <= 50 => ((char)('\u32B1' + index - 36)).ToString(),
        _ => null,
    };

    private static string Number(int index) => index.ToString(CultureInfo.InvariantCulture);
}
