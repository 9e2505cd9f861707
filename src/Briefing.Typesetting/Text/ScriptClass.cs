namespace Briefing.Typesetting.Text;

/// <summary>
/// A coarse Unicode script of a character, as much as shaping needs to cut a paragraph into runs of one
/// script: HarfBuzz shapes a buffer with one script's rules (Hangul jamo composition, Latin ligatures), so a
/// face that draws both Hangul and Latin is shaped in pieces. Spaces, digits and punctuation belong to no
/// script and join the run around them (Unicode's Common and Inherited).
/// </summary>
internal static class ScriptClass
{
    /// <summary>No script of its own: joins its neighbours.</summary>
    public const int Common = 0;

    /// <summary>Hangul syllables, jamo and compatibility jamo.</summary>
    public const int Hangul = 1;

    /// <summary>Han ideographs, kana and bopomofo.</summary>
    public const int Cjk = 2;

    /// <summary>Latin letters.</summary>
    public const int Latin = 3;

    /// <summary>Letters of any other script (Greek, Cyrillic, ...), one class together.</summary>
    public const int Other = 4;

    /// <summary>The class of a code point.</summary>
    public static int Of(int c)
    {
        if (c < 0x80)
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? Latin : Common;
        if (c is (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F)
            or (>= 0xA960 and <= 0xA97F) or (>= 0xD7B0 and <= 0xD7FF))
            return Hangul;
        if (c is (>= 0x3040 and <= 0x30FF) or (>= 0x3100 and <= 0x312F) or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF))
            return Cjk;
        if (c <= 0xFFFF && char.IsLetter((char)c))
            return c is (>= 0x00C0 and <= 0x024F) or (>= 0x1E00 and <= 0x1EFF) or (>= 0xFF21 and <= 0xFF5A) ? Latin : Other;
        return Common;
    }
}
