namespace Briefing.Fuzz;

/// <summary>One edit of a file's bytes: <paramref name="Kind"/> says which, the rest are its arguments.</summary>
internal sealed record Mutation(int Kind, double Where, int Length, int Count, string Payload)
{
    private static readonly string[] Tokens =
    [
        "&a ", "*a", "!!binary ", "!x ", "? ", "%YAML 1.2\n---\n", "---\n", "...\n", "|\n", ">-\n", "|+9\n", "\t", "\r\n", "\u0085",
        "\u2028", ": ", ":", "- ", "- id: x\n", "  en: ", "  ko: ", "languages: [fr, en, en]\n", "{", "}", "[", "]", ",", "\"", "'",
        "#", "\n", "\n  ", "\n    ", "null", "~", "2025-02-30", "99999999999999999999", "-1", "true", "0x1F",
        "url: javascript:alert(1)\n", "[x](file:///etc/passwd)", "<<: {}", "\uFEFF", "\u202E", "\u0007", "\0",
    ];

    public byte[] Apply(byte[] input, string text)
    {
        var at = input.Length == 0 ? 0 : (int)(Where * input.Length) % (input.Length + 1);
        var length = Math.Min(Length, input.Length - at);
        return Kind switch
        {
            0 when input.Length > 0 => Flip(input, Math.Min(at, input.Length - 1)),
            1 => [.. input.AsSpan(0, at), .. input.AsSpan(at + length)],
            2 => Insert(input, at, System.Text.Encoding.UTF8.GetBytes(Payload)),
            3 when length > 0 => Insert(input, at, Repeat(input.AsSpan(at, Math.Min(length, 4000)).ToArray(), Math.Min(Count, 1_000_000 / Math.Max(1, length)))),
            4 => Insert(input, at, Repeat(System.Text.Encoding.UTF8.GetBytes(Count % 2 == 0 ? "[" : "{a: "), Count * 3)),
            5 => Insert(input, at, Repeat("x"u8.ToArray(), Count * 700)),
            6 => Insert(input, at, System.Text.Encoding.UTF8.GetBytes(Tokens[Count % Tokens.Length])),
            7 => Insert(input, at, System.Text.Encoding.UTF8.GetBytes(text)),
            _ => input,
        };
    }

    private byte[] Flip(byte[] input, int at)
    {
        var copy = (byte[])input.Clone();
        copy[at] ^= (byte)(1 << (Count % 8));
        return copy;
    }

    private static byte[] Insert(byte[] input, int at, byte[] piece) => [.. input.AsSpan(0, at), .. piece, .. input.AsSpan(at)];

    private static byte[] Repeat(byte[] piece, int times)
    {
        var result = new byte[piece.Length * Math.Max(0, times)];
        for (var i = 0; i < times; i++)
        {
            piece.CopyTo(result, i * piece.Length);
        }

        return result;
    }
}
