using CsCheck;

namespace Briefing.Fuzz;

/// <summary>Generators of hostile Unicode: astral characters, combining marks, right-to-left scripts, controls, invisibles, lone surrogates.</summary>
internal static class Texts
{
    private static readonly (int From, int To)[] Blocks =
    [
        (0x20, 0x7E), (0x20, 0x7E), (0x20, 0x7E), // ASCII, the most
        (0xAC00, 0xD7A3), (0xAC00, 0xD7A3), // Hangul syllables
        (0x1100, 0x11FF), (0x3130, 0x318F), // jamo
        (0xA0, 0xFF), (0x100, 0x24F), // Latin-1 and Latin Extended
        (0x300, 0x36F), (0x1AB0, 0x1AFF), // combining marks
        (0x590, 0x5FF), (0x600, 0x6FF), // Hebrew, Arabic
        (0x0, 0x1F), (0x7F, 0x9F), // controls
        (0x2000, 0x206F), // general punctuation: spaces, zero-width, bidi controls, separators
        (0x4E00, 0x9FFF), // CJK ideographs
        (0x1F300, 0x1FAFF), (0x1D400, 0x1D7FF), (0x10000, 0x10FFFF), // astral: emoji, math, anything
        (0xD800, 0xDFFF), // lone surrogates
        (0xFFF0, 0xFFFF), // specials, noncharacters
        (0x0, 0xFFFF), // anything in the BMP
    ];

    private static readonly string[] Specials =
    [
        "\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD", "\u202E", "\u2066", "\u2069", "\u2028", "\u2029",
        "\r\n", "\r", "\n", "\n\n", "\t", " ", "  ", "\u00A0", "\u3000", "-", "**", "*", "[x](https://example.org)",
        "[x](javascript:alert(1))", "\u2014\u2015", "[x](file:///etc/passwd)", "<script>", "# ", "- ", "> ", "```", "\\", "\"", "'",
    ];

    private static readonly (int From, int To)[] CoveredBlocks =
    [
        (0x20, 0x7E), (0x20, 0x7E), (0x20, 0x7E), (0xAC00, 0xD7A3), (0xAC00, 0xD7A3), (0xA0, 0xFF), (0x300, 0x36F),
        (0x9, 0xA), (0x2000, 0x200D), (0x2010, 0x2027), (0x3000, 0x3003),
    ];

    /// <summary>Text that is mostly covered by the default fonts (so layout runs to the end), with invisibles and marks.</summary>
    public static Gen<string> Coverable { get; } = Gen.Frequency(
        (6, Gen.Int[0, CoveredBlocks.Length - 1].SelectMany(block => Gen.Int[CoveredBlocks[block].From, CoveredBlocks[block].To])
            .Select(code => ((char)code).ToString()).Array[1, 12].Select(string.Concat)),
        (1, Gen.Select(Gen.Char['a', 'z'], Gen.Int[1, 1500]).Select((c, n) => new string(c, n))),
        (1, Gen.Int[0, Specials.Length - 1].Select(i => Specials[i]))).Array[0, 60].Select(string.Concat);

    /// <summary>One code point, as a string (lone surrogates included), from a block picked at random.</summary>
    public static Gen<string> Character { get; } =
        Gen.Int[0, Blocks.Length - 1].SelectMany(block => Gen.Int[Blocks[block].From, Blocks[block].To])
            .Select(code => code > 0xFFFF ? char.ConvertFromUtf32(code) : ((char)code).ToString());

    /// <summary>A run of one character class, repeated, or a special sequence.</summary>
    public static Gen<string> Piece { get; } = Gen.Frequency(
        (6, Character.Array[1, 12].Select(string.Concat)),
        (2, Gen.Int[0, Specials.Length - 1].Select(i => Specials[i])),
        (1, Gen.Select(Character, Gen.Int[1, 600]).Select((c, n) => string.Concat(Enumerable.Repeat(c, n)))));

    /// <summary>Hostile text of random length, up to a few thousand characters.</summary>
    public static Gen<string> Hostile { get; } = Gen.Frequency(
        (8, Piece.Array[0, 40].Select(string.Concat)),
        (1, Piece.Array[40, 400].Select(string.Concat)),
        (1, Gen.String));
}
