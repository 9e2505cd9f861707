using Briefing.Localization;
using Briefing.Localization.Profiles;
using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// Composes several briefs into one report in one language: a cover (title, date, the highest
/// classification of its parts), contents with page numbers that link to the chapters, then each brief as
/// a chapter that starts on a new page with its own banners, running header and footer, under its own
/// bookmark. Page numbers run through the whole report. Each chapter's anchors carry its own prefix, so
/// every link resolves inside its chapter.
/// </summary>
public sealed class BundleComposer(Typesetter typesetter)
{
    /// <summary>
    /// The report of <paramref name="briefs"/> (each has <paramref name="language"/>) on <paramref name="paper"/>,
    /// titled <paramref name="title"/> (null or empty: the language's word for a briefing book). Its date is
    /// the latest prepared date of its briefs, never the clock. Spent by one layout.
    /// </summary>
    public Document Compose(IReadOnlyList<Brief> briefs, string language, PaperSize paper, string? title)
    {
        if (briefs.Count == 0)
            throw new ArgumentException("A bundle needs at least one brief.", nameof(briefs));
        var setup = new PageSetup(paper == PaperSize.A4 ? Size.A4 : Size.Letter, BriefComposer.Margins);
        var chapters = new List<ComposeContext>(briefs.Count);
        for (var i = 0; i < briefs.Count; i++)
            chapters.Add(new ComposeContext(briefs[i], language, briefs[i].ProfileFor(language), typesetter) { AnchorPrefix = $"chapter-{i + 1}-", OutlineLevel = 2 });
        // The front pages wear the banner of the most sensitive part: the report is as classified as that.
        var most = chapters.MaxBy(c => c.Brief.Classification)!.Brief;
        var front = new ComposeContext(most, language, most.ProfileFor(language), typesetter);
        var bundleTitle = string.IsNullOrWhiteSpace(title) ? front.Strings.BundleKind : title.Trim();
        var date = briefs.Max(b => b.Prepared.On);
        var dateText = front.Profile.Dates.Format(date, DateForm.Long);
        var footerLeft = $"{bundleTitle}  \u00B7  {dateText}";

        // First pass: each chapter alone (its furniture has the same heights as in the report) gives its page
        // count; the front pages with placeholder numbers give theirs (the numbers never wrap a line).
        var counts = new int[chapters.Count];
        for (var i = 0; i < chapters.Count; i++)
        {
            var chapter = chapters[i];
            counts[i] = new Document
            {
                Page = setup,
                Body = Chapter(chapter, i),
                Metadata = new DocumentMetadata(),
                Header = page => PageFurniture.Header(chapter, page),
                Footer = page => PageFurniture.Footer(chapter, page),
                FurnitureSpacing = 16,
            }.LayOut().Count;
        }

        var placeholder = Enumerable.Repeat(999, chapters.Count).ToArray();
        var frontPages = new Document
        {
            Page = setup,
            Body = FrontMatter(front, bundleTitle, dateText, chapters, placeholder),
            Metadata = new DocumentMetadata(),
            Header = page => PageFurniture.Header(front, page with { PageNumber = 1 }),
            Footer = page => PageFurniture.Footer(front, page, footerLeft),
            FurnitureSpacing = 16,
        }.LayOut().Count;

        var starts = new int[chapters.Count];
        var next = frontPages + 1;
        for (var i = 0; i < chapters.Count; i++)
        {
            starts[i] = next;
            next += counts[i];
        }

        int ChapterOf(int pageNumber)
        {
            var index = Array.BinarySearch(starts, pageNumber);
            return index >= 0 ? index : ~index - 1;
        }

        return new Document
        {
            Page = setup,
            Body = L.Column(column =>
            {
                column.Item(FrontMatter(front, bundleTitle, dateText, chapters, starts));
                for (var i = 0; i < chapters.Count; i++)
                {
                    column.Item(L.PageBreak());
                    column.Item(Chapter(chapters[i], i));
                }
            }),
            Metadata = new DocumentMetadata
            {
                Title = bundleTitle,
                Subject = string.Join(" \u00B7 ", chapters.Select(c => c.Text(c.Brief.Title))),
                Keywords = string.Join(", ", briefs.Select(b => b.Id)),
                Creator = "brief",
                Language = front.Profile.PdfLanguage,
                CreationDate = new DateTimeOffset(date.Year, date.Month, date.Day, 0, 0, 0, TimeSpan.Zero),
            },
            // A chapter's running header starts again on its first page (the title block is there instead).
            Header = page => page.PageNumber < starts[0]
                ? PageFurniture.Header(front, page with { PageNumber = 1 })
                : PageFurniture.Header(chapters[ChapterOf(page.PageNumber)], page with { PageNumber = page.PageNumber - starts[ChapterOf(page.PageNumber)] + 1 }),
            Footer = page => page.PageNumber < starts[0]
                ? PageFurniture.Footer(front, page, footerLeft)
                : PageFurniture.Footer(chapters[ChapterOf(page.PageNumber)], page),
            FurnitureSpacing = 16,
        };
    }

    private static string ChapterAnchor(int index) => $"chapter-{index + 1}";

    /// <summary>One brief as a chapter: its own body, a destination for the contents, a top-level bookmark.</summary>
    private static Element Chapter(ComposeContext context, int index) =>
        BriefComposer.Body(context).Destination(ChapterAnchor(index)).Bookmark(context.Text(context.Brief.Title), 1);

    private static Element FrontMatter(ComposeContext front, string title, string date, List<ComposeContext> chapters, int[] starts)
    {
        var type = front.Type;
        var marking = front.Strings.Classification(front.Brief.Classification);
        return L.Column(column =>
        {
            // The cover.
            column.Item(L.Column(cover =>
            {
                cover.Item(front.Paragraph(front.Strings.BundleKind, type.Kicker, type.SingleLine).PaddingBottom(4));
                cover.Item(front.Paragraph(title, type.Title with { FontSize = 28 }, type.TitleParagraph, StructureRole.H1));
                cover.Item(L.Line(2, front.Palette.Accent).PaddingVertical(12));
                cover.Item(front.Paragraph(date, type.Subtitle, type.TitleParagraph));
                cover.Item(front.Paragraph(marking, type.Label with { Color = ClassificationBanner.ColorOf(front.Brief.Classification) }, type.SingleLine).PaddingTop(8));
            }).PaddingTop(150).Bookmark(title, 1));
            column.Item(L.PageBreak());

            // The contents: number, title (a link to the chapter), first page.
            column.Item(L.Column(contents =>
            {
                contents.Spacing(8);
                contents.Item(front.Paragraph(front.Strings.BundleContents, type.Heading, type.HeadingParagraph, StructureRole.H1)
                    .Bookmark(front.Strings.BundleContents, 1).PaddingBottom(6));
                var link = type.Body with { Color = front.Palette.Accent };
                for (var i = 0; i < chapters.Count; i++)
                {
                    var chapter = chapters[i];
                    var number = OutlineNumbering.Label(1, i + 1);
                    var target = new LinkTarget.Internal(ChapterAnchor(i));
                    var page = starts[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
                    contents.Item(L.Row(row =>
                    {
                        row.Spacing(8);
                        row.ConstantItem(SectionHeading.NumberWidth, front.Paragraph(number, type.Body, type.BodyParagraph, role: null));
                        row.RelativeItem(L.Column(entry =>
                        {
                            entry.Spacing(2);
                            entry.Item(front.Typesetter.Paragraph(type.Body, type.BodyParagraph, p => p.Link(chapter.Text(chapter.Brief.Title), target, link)));
                            entry.Item(front.Paragraph(
                                $"{chapter.Profile.Dates.Format(chapter.Brief.Date, DateForm.Long)}  \u00B7  {chapter.Strings.Classification(chapter.Brief.Classification)}",
                                type.SmallMuted, type.TightParagraph));
                        }));
                        row.AutoItem(front.Typesetter.Paragraph(type.Body, type.SingleLine, p => p.Link(page, target, link)));
                    }));
                }
            }));
        });
    }
}
