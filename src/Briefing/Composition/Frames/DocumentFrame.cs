using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;

namespace Briefing.Composition.Frames;

/// <summary>
/// One set of document conventions: it turns a composition (the brief, its language, words and typesetter)
/// into a document, deciding the title block, the markings, the section order and headings, the item
/// markers, fonts and sizes, leading, page numbers, annexes and sign-off. The language profile decides how
/// text is set (dates, names, quotes, line breaking); the frame decides what the paper looks like.
/// A frame holds no state: one instance serves every brief, also from several threads.
/// </summary>
internal abstract class DocumentFrame
{
    /// <summary>Which frame this is.</summary>
    public abstract FrameKind Kind { get; }

    /// <summary>
    /// Whether a paper at <paramref name="classification"/> carries a marking: every level in most frames, none
    /// on an unclassified paper in a Korean report (일반 is a filing category, not a marking). A parallel edition
    /// asks the frame of each column's language, so its columns mark as that language's own papers do.
    /// </summary>
    public virtual bool Marks(Classification classification) => true;

    /// <summary>The document for <paramref name="context"/> on <paramref name="paper"/>; it can be laid out any number of times.</summary>
    public abstract Document Compose(ComposeContext context, PaperSize paper);

    /// <summary>
    /// The body <paramref name="build"/> makes, and, when it <paramref name="showsPages"/> (contents, page references),
    /// the same body composed with each layout's pages, so the engine lays out again until the numbers hold
    /// (<see cref="Document.BodyForPages"/>); a body without page numbers is laid out once.
    /// </summary>
    protected static (Element Body, Func<PageMap, Element>? ForPages) Bodies(ComposeContext context, bool showsPages, Func<ComposeContext, Element> build)
    {
        if (!showsPages)
            return (build(context), null);
        // The later compositions are made from the first, so they share its parts without page numbers.
        var first = context.WithPages(PageMap.Unknown);
        return (build(first), pages => build(first.WithPages(pages)));
    }
}
