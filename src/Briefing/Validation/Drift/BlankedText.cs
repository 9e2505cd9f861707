namespace Briefing.Validation.Drift;

/// <summary>
/// A text that facts are blanked out of as they are read (<see cref="FactReader"/>), so that no digit counts
/// twice. Most texts hold no link and no date: the text is copied only when something is blanked, and made a
/// string again only when a pattern next needs one, not once per pattern (copies were most of what the drift
/// check allocated, docs/performance.md).
/// </summary>
internal sealed class BlankedText(string original)
{
    private readonly string _original = original;
    private char[]? _buffer;
    private string? _current = original;

    /// <summary>The text as blanked so far.</summary>
    public string Current => _current ??= new string(_buffer);

    /// <summary>The text as blanked so far, without making a string of it.</summary>
    public ReadOnlySpan<char> Span => _current is not null ? _current.AsSpan() : _buffer;

    /// <summary>Replaces <paramref name="length"/> characters from <paramref name="start"/> by spaces.</summary>
    public void Blank(int start, int length)
    {
        _buffer ??= _original.ToCharArray();
        Array.Fill(_buffer, ' ', start, length);
        _current = null;
    }
}
