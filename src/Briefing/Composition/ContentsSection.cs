using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
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
    public static Element? Build(ComposeContext context, IReadOnlyList<(int Number, string Title)> sections)
    {
        if (!Wanted(context) || sections.Count == 0)
            return null;
        var type = context.Type;
        var link = type.Body with { Color = context.Palette.Accent };
        var outline = context.Profile.Lists.Outline;
        var title = context.Strings.BundleContents;
        return L.Column(column =>
            {
                column.Spacing(5);
                // No bookmark: the outline is the sections', and the contents stand right under the title.
                column.Item(context.Paragraph(title, type.Heading, type.HeadingParagraph, StructureRole.H1).PaddingBottom(3));
                column.Item(L.Column(entries =>
                {
                    entries.Spacing(3);
                    foreach (var (number, name) in sections)
                    {
                        var anchor = Anchors.Section(context, number);
                        var target = new LinkTarget.Internal(anchor);
                        // Before the first layout no page is known: "0" holds the place (one digit, like most).
                        var page = (context.Pages?.PageOf(anchor) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        entries.Item(L.Row(row =>
                        {
                            row.Spacing(8);
                            row.ConstantItem(SectionHeading.NumberWidth, context.Paragraph(outline.SectionLabel(number), type.Body, type.BodyParagraph, role: null));
                            row.RelativeItem(context.Typesetter.Paragraph(type.Body, type.BodyParagraph, p => p.Link(name, target, link)));
                            row.AutoItem(context.Typesetter.Paragraph(type.Body, type.BodyParagraph, p => p.Link(page, target, link)));
                        }).Tagged(StructureRole.TOCI));
                    }
                }).Tagged(StructureRole.TOC));
            });
    }

    // Contents need page numbers, so a composition without them (a bundle's chapter) has none.
    private static bool Wanted(ComposeContext context) => context.Pages is { } pages && context.Brief.Contents switch
    {
        ContentsMode.On => true,
        ContentsMode.Off => false,
        _ => pages.PageCount >= MinimumPages,
    };
}
