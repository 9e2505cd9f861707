namespace Briefing.Typesetting.Fonts;

/// <summary>No font in a fallback chain covers a character: never drawn as a silent empty box.</summary>
public sealed class MissingGlyphException(int codePoint, string context, IReadOnlyList<string> fontsTried)
    : Exception($"No font covers U+{codePoint:X4} in \"{Shorten(context)}\" (tried: {string.Join(", ", fontsTried)}).")
{
    /// <summary>The character no font has.</summary>
    public int CodePoint { get; } = codePoint;

    /// <summary>The text it sits in.</summary>
    public string Context { get; } = context;

    /// <summary>The faces that were tried, in order.</summary>
    public IReadOnlyList<string> FontsTried { get; } = fontsTried;

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
