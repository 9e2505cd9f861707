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
/// The layouts of one <see cref="Document.LayOut()"/> call share what they measured: a paragraph whose text and
/// style did not change between passes is measured (fonts chosen, shaped, broken into lines) once per call, and
/// never once for all calls.
/// </summary>
public sealed class PassesMeasureTextOnceTests : IDisposable
{
    // 120 pt of body per page.
    private static readonly PageSetup Small = new(new Size(200, 160), new Thickness(10, 20, 10, 20));
    private static readonly TextStyle Latin = new() { FontFamily = "Latin", FontSize = 10 };

    // The selector counts its calls: a paragraph asks it once per distinct character when it is measured.
    private readonly FakeFontSelector _fonts = new(FixedWidthFace.Latin());
    private readonly Typesetter _typesetter;

    public PassesMeasureTextOnceTests() => _typesetter = new Typesetter(_fonts);

    public void Dispose() => _typesetter.Dispose();

    // Front matter that appears once pages are known pushes the target to page 2, so this takes three layouts
    // (as the English summit brief does); only the reference's text changes between them.
    private Element Body(PageMap pages) => L.Column(column =>
    {
        if (pages.IsKnown)
        {
            for (var i = 0; i < 2; i++)
                column.Item(new FakeBox(10, 40, $"front {i}"));
        }

        column.Item(_typesetter.Paragraph("abcdefgh ijklmnop", Latin));
        column.Item(_typesetter.Paragraph(string.Create(CultureInfo.InvariantCulture, $"p{pages.PageOf("target") ?? 0}"), Latin));
        column.Item(_typesetter.Paragraph("qrstuvwx yz", Latin));
        column.Item(new FakeBox(10, 40, "target").Destination("target"));
    });

    private Document Document() =>
        new() { Page = Small, Metadata = new DocumentMetadata(), Body = Body(PageMap.Unknown), BodyForPages = Body };

    /// <summary>How often the selector is asked when each text is measured once.</summary>

    [Fact]
    public void Paragraphs_that_do_not_change_between_passes_are_measured_once_per_layout_call()
    {
        // When
        var pages = Document().LayOut(out var passes);

        // Then three layouts measured the two unchanged paragraphs once, and the reference once per number it showed
        Assert.Equal(3, passes);
        Assert.Equal(2, PageMap.Of(pages).PageOf("target"));
        Assert.Equal(MeasureCounting.CallsToMeasureOnce(Latin, "abcdefgh ijklmnop", "qrstuvwx yz", "p0", "p1", "p2"), _fonts.Calls);
    }

    [Fact]
    public void Every_layout_call_measures_afresh()
    {
        // Given a document laid out once
        var document = Document();
        document.LayOut();
        var first = _fonts.Calls;

        // When it is laid out again
        document.LayOut();

        // Then nothing measured by the first call was kept for the second
        Assert.Equal(2 * first, _fonts.Calls);
    }

    [Fact]
    public void Shared_measurements_give_the_pages_a_single_layout_of_the_final_body_gives()
    {
        // Given the pages of the passes, and of the body they settled on laid out alone (nothing shared)
        var passes = Document().LayOut();
        var alone = new Document { Page = Small, Metadata = new DocumentMetadata(), Body = Body(PageMap.Of(passes)) }.LayOut();

        // Then they draw the same
        Assert.Equal(alone.Select(Recordings.Drawn), passes.Select(Recordings.Drawn));
    }
}
