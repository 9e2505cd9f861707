namespace Briefing.Model;

/// <summary>A paragraph: styled runs, one after another (line breaks in the source became spaces).</summary>
public sealed record ProseParagraph(IReadOnlyList<ProseInline> Inlines) : ProseBlock
{
    /// <summary>The paragraph's text without styles.</summary>
    public string PlainText => string.Concat(Inlines.Select(static inline => inline.Text));
}
