using System.Globalization;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Layout.Support;
using Briefing.Typesetting.Tests.Text.Fakes;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Layout;

/// <summary>
/// A layout of one pass measures a short paragraph (a label, a bullet, a table header cell) once however many
/// elements draw it, and the running header and footer once per distinct text; a long paragraph is measured
/// each time and not kept (its measured text dies when it is drawn). Counted by the font selector, which a
/// paragraph asks once per distinct character when it is measured.
/// </summary>
public sealed class ShortParagraphsMeasuredOnceTests : IDisposable
{
    // 120 pt of body per page.
    private static readonly PageSetup Small = new(new Size(200, 160), new Thickness(10, 20, 10, 20));
    private static readonly TextStyle Latin = new() { FontFamily = "Latin", FontSize = 10 };

    // Longer than DocumentLayouter.LabelLength (32).
    private const string Prose = "abcdefgh ijklmnop qrstuvwx yz abcdefgh";

    private readonly FakeFontSelector _fonts = new(FixedWidthFace.Latin());
    private readonly Typesetter _typesetter;

    public ShortParagraphsMeasuredOnceTests() => _typesetter = new Typesetter(_fonts);

    public void Dispose() => _typesetter.Dispose();

    /// <summary>How often the selector is asked when each text is measured once.</summary>

    private Document Document(Element body, Func<PageContext, Element>? header = null, Func<PageContext, Element>? footer = null) =>
        new() { Page = Small, Metadata = new DocumentMetadata(), Body = body, Header = header, Footer = footer };

    [Fact]
    public void Short_paragraphs_that_come_again_are_measured_once_per_layout()
    {
        // Given a body of twenty list-like items over several pages: the same bullet and label each time
        var body = L.Column(column =>
        {
            for (var i = 0; i < 20; i++)
            {
                column.Item(_typesetter.Paragraph("-", Latin));
                column.Item(_typesetter.Paragraph("Area", Latin));
            }
        });

        // When it is laid out
        var pages = Document(body).LayOut();

        // Then each text was measured once
        Assert.True(pages.Count > 1);
        Assert.Equal(MeasureCounting.CallsToMeasureOnce(Latin, "-", "Area"), _fonts.Calls);
    }

    [Fact]
    public void Long_paragraphs_are_measured_each_time_they_come()
    {
        // Given the same long paragraph three times
        var body = L.Column(column =>
        {
            for (var i = 0; i < 3; i++)
                column.Item(_typesetter.Paragraph(Prose, Latin));
        });

        // When it is laid out
        Document(body).LayOut();

        // Then it was measured three times: nothing of it was kept for the next one
        Assert.Equal(3 * MeasureCounting.CallsToMeasureOnce(Latin, Prose), _fonts.Calls);
    }

    [Fact]
    public void Running_header_and_footer_are_measured_once_per_distinct_text()
    {
        // Given a long running header and a footer that shows the page number, over five pages
        var body = L.Column(column =>
        {
            for (var i = 0; i < 5; i++)
                column.Item(new FakeBox(10, 30, $"box {i}"));
        });
        var document = Document(
            body,
            header: _ => _typesetter.Paragraph(Prose, Latin, role: null),
            footer: page => _typesetter.Paragraph(string.Create(CultureInfo.InvariantCulture, $"p{page.PageNumber}"), Latin, role: null));

        // When it is laid out
        var pages = document.LayOut();

        // Then the header was measured once for all pages, and the footer once per number (p1 also for its height)
        Assert.Equal(5, pages.Count);
        Assert.Equal(MeasureCounting.CallsToMeasureOnce(Latin, Prose, "p1", "p2", "p3", "p4", "p5"), _fonts.Calls);
    }

    [Fact]
    public void A_table_header_repeated_on_every_page_is_measured_once()
    {
        // Given a table over several pages whose header repeats on each
        var table = L.Table(t =>
        {
            t.Columns(c => c.Relative());
            t.Header(h => h.Cell(_typesetter.Paragraph("Area", Latin, role: StructureRole.TH)));
            for (var i = 0; i < 6; i++)
                t.Cell(new FakeBox(10, 40, $"row {i}"));
        });

        // When it is laid out
        var pages = Document(table).LayOut();

        // Then the header cell was measured once, though it is measured and drawn on every page
        Assert.True(pages.Count > 2);
        Assert.Equal(MeasureCounting.CallsToMeasureOnce(Latin, "Area"), _fonts.Calls);
    }

    [Fact]
    public void Shared_short_paragraphs_draw_what_paragraphs_measured_afresh_draw()
    {
        // Given a body of repeated labels and prose, laid out with the short-paragraph cache and with one that keeps nothing
        Element Body() => L.Column(column =>
        {
            for (var i = 0; i < 8; i++)
            {
                column.Item(_typesetter.Paragraph("Area", Latin));
                column.Item(_typesetter.Paragraph(Prose, Latin));
            }
        });
        var layouter = new DocumentLayouter(Small);
        var shared = layouter.Layout(Body());
        var afresh = layouter.Layout(Body(), new ParagraphCache(maxLength: -1, maxEntries: 1));

        // Then the pages draw the same
        Assert.Equal(afresh.Select(Recordings.Drawn), shared.Select(Recordings.Drawn));
    }

    [Fact]
    public void The_cache_keeps_no_long_paragraph_and_starts_again_when_full()
    {
        // Given a cache of paragraphs up to 32 characters, two at a time
        var fonts = new FakeFontSelector(FixedWidthFace.Latin());
        using var breaker = new Briefing.Typesetting.Text.LineBreaking.LineBreaker();
        var layouter = new ParagraphLayouter(fonts, breaker);
        var cache = new ParagraphCache(maxLength: 32, maxEntries: 2);

        // When a long paragraph is prepared, then three short ones
        cache.Prepare(layouter, [new TextSpan(Prose, Latin)], keepAll: false);
        var longKept = cache.Count;
        cache.Prepare(layouter, [new TextSpan("a", Latin)], keepAll: false);
        cache.Prepare(layouter, [new TextSpan("b", Latin)], keepAll: false);
        var full = cache.Count;
        cache.Prepare(layouter, [new TextSpan("c", Latin)], keepAll: false);

        // Then the long one was not kept, and the third short one found the cache full and emptied it
        Assert.Equal(0, longKept);
        Assert.Equal(2, full);
        Assert.Equal(1, cache.Count);
    }
}
