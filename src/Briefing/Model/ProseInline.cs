namespace Briefing.Model;

/// <summary>A run of text in one style; <paramref name="Url"/> is set when the run is a link.</summary>
public sealed record ProseInline(string Text, bool Bold, bool Italic, string? Url)
{
    /// <summary>
    /// The mark this run stands for (its <see cref="Text"/> is then empty): the document sets the language's
    /// words for it, e.g. <c>(가번역)</c> after a quotation.
    /// </summary>
    public TextMark? Mark { get; init; }

    /// <summary>A run that stands for a mark.</summary>
    public static ProseInline ForMark(TextMark mark, bool bold, bool italic) =>
        new(string.Empty, bold, italic, null) { Mark = mark };
}
