namespace Briefing.Typesetting.Text.LineBreaking;

/// <summary>Which code points are Hangul, for keep-all.</summary>
internal static class Hangul
{
    /// <summary>
    /// Whether <paramref name="codePoint"/> is a Hangul syllable (H2/H3), a conjoining jamo (JL/JV/JT), a
    /// compatibility jamo or a halfwidth jamo.
    /// </summary>
    public static bool Is(int codePoint) =>
        codePoint is >= 0xAC00 and <= 0xD7A3      // syllables (H2, H3)
            or >= 0x1100 and <= 0x11FF            // conjoining jamo (JL, JV, JT)
            or >= 0xA960 and <= 0xA97F            // jamo extended-A (JL)
            or >= 0xD7B0 and <= 0xD7FF            // jamo extended-B (JV, JT)
            or >= 0x3130 and <= 0x318F            // compatibility jamo
            or >= 0xFFA0 and <= 0xFFDC;           // halfwidth jamo
}
