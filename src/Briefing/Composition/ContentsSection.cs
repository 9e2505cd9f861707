using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// The table of contents after the title block: each numbered section with the page it starts on, the
/// title and the page both links to the section, tagged <c>TOC</c> with one <c>TOCI</c> per entry. A brief
/// gets it when it runs to four pages or more, unless its <c>contents</c> key says otherwise. The page
/// numbers come from the layout before (<see cref="ComposeContext.Pages"/>); the engine lays out again
/// until they are the pages the sections start on.
/// </summary>
internal static class ContentsSection
{
    /// <summary>From this many pages on, <c>contents: auto</c> gives a brief its contents.</summary>
    public const int MinimumPages = 4;

    /// <summary>The contents of the numbered <paramref name="sections"/>, or null when the brief gets none.</summary>
    public static Element? Build(ComposeContext context, IReadOnlyList<(int Number, string Title)> sections) =>
        Build(context, sections.Select(s => new ContentsEntry(context.Profile.Lists.Outline.SectionLabel(s.Number), s.Title, Anchors.Section(context, s.Number))).ToList(), autoShows: true);

    /// <summary>
    /// The contents listing <paramref name="entries"/> (a label, which may be empty, a title and the destination of
    /// the part), or null when the brief gets none. <paramref name="autoShows"/>: whether <c>contents: auto</c> shows
    /// them on a long document (the neutral note) or leaves them to <c>contents: on</c> (a frame whose papers are
    /// short by convention). <paramref name="heading"/> and <paramref name="entry"/> set the frame's own type (a
    /// report's contents are black, as its cross-references are); the neutral note's accent links by default.
    /// </summary>
    public static Element? Build(ComposeContext context, IReadOnlyList<ContentsEntry> entries, bool autoShows, TextStyle? heading = null, TextStyle? entry = null)
    {
        if (!Wanted(context, autoShows) || entries.Count == 0)
            return null;
        var type = context.Type;
        var body = entry ?? type.Body;
        var link = entry ?? type.Body with { Color = context.Palette.Accent };
        var title = context.Strings.BundleContents;
        var labelled = entries.Any(e => e.Label.Length > 0);
        return L.Column(column =>
            {
                column.Spacing(5);
                // No bookmark: the outline is the sections', and the contents stand right under the title.
                column.Item(context.Paragraph(title, heading ?? type.Heading, type.HeadingParagraph, StructureRole.H1).PaddingBottom(3));
                column.Item(L.Column(items =>
                {
                    items.Spacing(3);
                    foreach (var line in entries)
                    {
                        var target = new LinkTarget.Internal(line.Anchor);
                        // Before the first layout no page is known: "0" holds the place (one digit, like most).
                        var page = (context.Pages?.PageOf(line.Anchor) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        items.Item(L.Row(row =>
                        {
                            row.Spacing(8);
                            if (labelled)
                                row.ConstantItem(SectionHeading.NumberWidth, context.Paragraph(line.Label, body, type.BodyParagraph, role: null));
                            row.RelativeItem(context.Typesetter.Paragraph(body, type.BodyParagraph, p => p.Link(line.Title, target, link)));
                            row.AutoItem(context.Typesetter.Paragraph(body, type.BodyParagraph, p => p.Link(page, target, link)));
                        }).Tagged(StructureRole.TOCI));
                    }
                }).Tagged(StructureRole.TOC));
            });
    }

    // Contents need page numbers, so a composition without them (a bundle's chapter) has none.
    private static bool Wanted(ComposeContext context, bool autoShows) => context.Pages is { } pages && context.Brief.Contents switch
    {
        ContentsMode.On => true,
        ContentsMode.Off => false,
        _ => autoShows && pages.PageCount >= MinimumPages,
    };
}
