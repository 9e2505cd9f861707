namespace Briefing.Rendering;

/// <summary>
/// What one PDF of a brief is in: one language (<c>ko</c>), or two side by side, a parallel edition
/// (<c>ko+en</c>: the first language in the left column, the second on the right). The name is also
/// the PDF's file name part: <c>&lt;id&gt;.ko+en.pdf</c>.
/// </summary>
public sealed record Edition
{
    /// <summary>What joins the two languages of a parallel edition in its name.</summary>
    public const char Separator = '+';

    private Edition(IReadOnlyList<string> languages) => Languages = languages;

    /// <summary>The edition's languages, as the brief keys its texts: one, or two for a parallel edition (left first).</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Whether the edition sets two languages side by side.</summary>
    public bool IsParallel => Languages.Count == 2;

    /// <summary>The one language of a single edition, or the left (first) language of a parallel one: the document's language.</summary>
    public string First => Languages[0];

    /// <summary>An edition in one language.</summary>
    public static Edition Single(string language) => new([language]);

    /// <summary>A parallel edition: <paramref name="left"/> beside <paramref name="right"/>.</summary>
    public static Edition Parallel(string left, string right) => new([left, right]);

    /// <summary>
    /// Reads an edition's name: a language (<c>ko</c>) or two joined by <c>+</c> (<c>ko+en</c>). The parts are not
    /// checked against any list; <see cref="IsWellFormed"/> says whether the name has one or two distinct parts.
    /// </summary>
    public static Edition Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new(name.Split(Separator, StringSplitOptions.TrimEntries));
    }

    /// <summary>Whether the edition has one language, or two different ones, none of them empty.</summary>
    public bool IsWellFormed =>
        Languages.Count is 1 or 2
        && Languages.All(l => l.Length > 0)
        && (Languages.Count == 1 || !string.Equals(Languages[0], Languages[1], StringComparison.OrdinalIgnoreCase));

    /// <summary>The edition's name: <c>ko</c> or <c>ko+en</c>.</summary>
    public override string ToString() => string.Join(Separator, Languages);

    /// <inheritdoc />
    public bool Equals(Edition? other) => other is not null && Languages.SequenceEqual(other.Languages);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
