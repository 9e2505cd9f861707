using Briefing.Composition.Frames;
using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// Composes a parallel edition: the brief in two languages side by side, the first in the left column.
/// Both columns are built by the same section builders as a one-language brief, block for block, and paired
/// (<see cref="ParallelSections"/>): each heading, paragraph, list item and table row sits beside its
/// counterpart. Title block and page furniture are set in both languages; each column is tagged with its
/// language, and the document's language is the first.
/// </summary>
public sealed class ParallelComposer(Typesetter typesetter)
{
    /// <summary>The space between the columns; the rule runs down its middle.</summary>
    internal const double Gutter = 24;

    /// <summary>The parallel document for <paramref name="brief"/>, <paramref name="left"/> beside <paramref name="right"/>, on <paramref name="paper"/>.</summary>
    public Document Compose(Brief brief, string left, string right, PaperSize paper)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var l = Context(brief, left);
        var r = Context(brief, right);
        return new Document
        {
            Page = new PageSetup(paper == PaperSize.A4 ? Size.A4 : Size.Letter, BriefComposer.Margins),
            Body = ParallelSections.Body(l, r),
            Metadata = Metadata(l, r),
            Header = page => Sides(PageFurniture.Header(l, page, Marked(l)), PageFurniture.Header(r, page, Marked(r))),
            // The id stays in the key facts: beside the date it would wrap in a column's width.
            Footer = page => Sides(PageFurniture.Footer(l, page, Prepared(l), Marked(l)), PageFurniture.Footer(r, page, Prepared(r), Marked(r))),
            FurnitureSpacing = 16,
        };
    }

    /// <summary>Two elements in the columns of the body, for the furniture above and below them.</summary>
    internal static Element Sides(Element left, Element right) =>
        L.Row(row =>
        {
            row.Spacing(Gutter);
            row.RelativeItem(left);
            row.RelativeItem(right);
        });

    /// <summary>
    /// Whether a column carries the classification banner: as its language's own papers mark this level (the
    /// frame the profile names), so the Korean column of an unclassified brief has none, as a Korean report has none.
    /// </summary>
    internal static bool Marked(ComposeContext context) =>
        DocumentFrames.For(context.Profile.DefaultFrame).Marks(context.Brief.Classification);

    private static string Prepared(ComposeContext context) =>
        $"{context.Strings.LabelPreparedOn} {context.Date(context.Brief.Prepared.On)}";

    // Each column's destinations carry its language, so a link in one column goes to its own column's target.
    private ComposeContext Context(Brief brief, string language) =>
        new(brief, language, brief.ProfileFor(language), typesetter) { AnchorPrefix = language + "-" };

    private static DocumentMetadata Metadata(ComposeContext left, ComposeContext right)
    {
        var first = BriefComposer.Metadata(left);
        var second = BriefComposer.Metadata(right);
        return first with
        {
            Title = $"{first.Title} / {second.Title}",
            Subject = first.Subject.Length > 0 && second.Subject.Length > 0 ? $"{first.Subject} / {second.Subject}" : first.Subject,
        };
    }
}
