using System.Runtime.InteropServices;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Elements;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Layout;

/// <summary>
/// The page engine: lays out a body element page after page and adds header and footer furniture.
/// The body is laid out in one pass; header and footer are drawn afterwards, when the total page count
/// is known, so "Page X of Y" is exact. Assumption: header and footer heights do not depend on the page
/// numbers. They are measured once with a provisional context (page 1, total unknown) to reserve their
/// space; if a final header or footer needs more than was reserved, layout fails instead of clipping.
/// </summary>
public sealed class DocumentLayouter(PageSetup setup)
{
    // Paragraphs of up to this many characters are measured once per layout, whatever element draws them:
    // labels, bullets, numbers, table headers (a long document repeats them on every page, and measuring a
    // short paragraph costs about what a line of prose does). Longer text seldom comes twice and is not kept.
    internal const int LabelLength = 32;

    // At most this many kept at once (then the cache starts again): what a long table of distinct short
    // cells keeps alive through the layout stays small.
    internal const int LabelEntries = 512;

    // The furniture's distinct paragraphs: a running header, a footer per page number.
    private const int FurnitureEntries = 64;

    /// <summary>Builds the running header for a page (drawn as an artifact at the top of the content area), or null for none.</summary>
    public Func<PageContext, Element>? Header { get; init; }

    /// <summary>Builds the running footer for a page (drawn as an artifact at the bottom of the content area), or null for none.</summary>
    public Func<PageContext, Element>? Footer { get; init; }

    /// <summary>Space in points between the header and the body (only when there is a header).</summary>
    public double HeaderSpacing { get; init; }

    /// <summary>Space in points between the body and the footer (only when there is a footer).</summary>
    public double FooterSpacing { get; init; }

    /// <summary>A safety net against runaway content: more pages than this is a <see cref="LayoutException"/>.</summary>
    public int MaxPages { get; init; } = 10_000;

    /// <summary>
    /// Lays out <paramref name="body"/> and returns the recorded pages; throws <see cref="LayoutException"/> when
    /// content cannot fit. The tree is left as it was, so laying it out again gives the same pages.
    /// </summary>
    public IReadOnlyList<PageRecording> Layout(Element body) => Layout(body, null);

    /// <summary>
    /// Lays out <paramref name="body"/>, taking paragraphs already measured from <paramref name="paragraphs"/> and adding
    /// those it measures (shared by the layouts of one document that shows page numbers; null for none).
    /// </summary>
    internal IReadOnlyList<PageRecording> Layout(Element body, ParagraphCache? paragraphs)
    {
        var furniture = MeasureFurniture();
        return Furnish(LayOutBody(body, paragraphs, furniture), furniture, out _);
    }

    /// <summary>
    /// Measures the header and footer with a provisional context (page 1, total unknown) to reserve their space;
    /// throws <see cref="LayoutException"/> when they leave the body no room.
    /// </summary>
    internal FurnitureBands MeasureFurniture()
    {
        var area = setup.ContentArea;
        // Header and footer are new elements on every page, most often saying the same thing: measured once.
        var furniture = new ParagraphCache(int.MaxValue, FurnitureEntries);
        var provisional = new PageContext(1, null) { Progress = new LayoutProgress(0, furniture) };
        var headerHeight = FurnitureHeight(Header, provisional, area, "header");
        var footerHeight = FurnitureHeight(Footer, provisional, area, "footer");
        var headerBand = Header is null ? 0 : headerHeight + HeaderSpacing;
        var footerBand = Footer is null ? 0 : footerHeight + FooterSpacing;
        var bodySize = new Size(area.Width, area.Height - headerBand - footerBand);
        if (bodySize.Height <= 0)
            throw new LayoutException(1, "header and footer leave no room for the body");
        return new FurnitureBands(headerHeight, footerHeight, headerBand, bodySize, furniture);
    }

    /// <summary>
    /// Lays out <paramref name="body"/> in the room <paramref name="furniture"/> leaves it, and returns each page's body
    /// drawing, without header and footer (<see cref="Furnish"/> adds them).
    /// </summary>
    internal List<RecordingCanvas> LayOutBody(Element body, ParagraphCache? paragraphs, FurnitureBands furniture)
    {
        var area = setup.ContentArea;
        var bodySize = furniture.BodySize;

        // One resume position for the whole run, handed from page to page: the tree itself is not changed.
        // A layout of one pass still measures a short paragraph once however often it comes (see ParagraphCache).
        var progress = new LayoutProgress(capacity: 256, paragraphs ?? new ParagraphCache(LabelLength, LabelEntries));
        var bodies = new List<RecordingCanvas>();
        var blankRun = 0;
        var largest = 0;
        while (true)
        {
            var number = bodies.Count + 1;
            if (number > MaxPages)
                throw new LayoutException(number, $"the document needs more than {MaxPages} pages");
            var page = new PageContext(number, null) { Progress = progress };
            var plan = body.Measure(bodySize, page);
            if (plan.Kind == SpacePlanKind.Wrap || (plan.Kind == SpacePlanKind.PartialRender && plan.Size.Height <= 0))
            {
                // Nothing fits on an empty page: let keep rules give way before calling it an error
                // (or before leaving the page blank, unless a page break asked for exactly that).
                var relaxedPage = page with { KeepRulesRelaxed = true };
                var relaxed = body.Measure(bodySize, relaxedPage);
                if (relaxed.Kind == SpacePlanKind.Wrap && plan.Kind == SpacePlanKind.Wrap)
                    throw new LayoutException(number, $"content does not fit even on an empty page: {relaxed.WrapReason}");
                if (plan.Kind == SpacePlanKind.Wrap || relaxed.Kind == SpacePlanKind.FullRender || relaxed.Size.Height > 0)
                {
                    page = relaxedPage;
                    plan = relaxed;
                }
            }

            if (plan.Kind == SpacePlanKind.Empty)
            {
                if (bodies.Count == 0)
                    bodies.Add(new RecordingCanvas());
                break;
            }

            // Sized like the largest page so far (pages of one document draw about as much), with a sixteenth more
            // for the furniture added at the end: a list that grows by doubling leaves its outgrown arrays behind,
            // and this one is the page's list to the end of the layout (Frame trims one left more than a quarter empty).
            var canvas = new RecordingCanvas(largest + largest / 16);
            canvas.Translate(area.X, area.Y + furniture.HeaderBand);
            body.Draw(bodySize, new DrawingContext(canvas, page));
            bodies.Add(canvas);
            largest = Math.Max(largest, canvas.Commands.Count);
            if (plan.Kind == SpacePlanKind.FullRender)
                break;

            // A page break makes one blank page; a long run of them means an element that never advances.
            blankRun = plan.Size.Height > 0 ? 0 : blankRun + 1;
            if (blankRun > 100)
                throw new LayoutException(number, "content makes no progress (more than 100 blank pages in a row)");
        }

        return bodies;
    }

    /// <summary>
    /// Draws each page's header and footer, now that the page count is known, around the body drawings of
    /// <paramref name="bodies"/> (whose lists become the pages' lists), and says whether the furniture declared a
    /// named destination (then a map of the bodies alone is not the map of the pages).
    /// </summary>
    internal IReadOnlyList<PageRecording> Furnish(List<RecordingCanvas> bodies, FurnitureBands furniture, out bool declaresDestinations)
    {
        // Each page's furniture is drawn into one scratch canvas and added to the page's body list in place: a
        // page keeps the list its body was drawn into, rather than a copy made at the end of the layout, while all
        // its pages were alive (with the two canvases of its furniture, 0.39 MB of the 20.6 MB a 100-page layout of
        // the engine sample allocated).
        var area = setup.ContentArea;
        var total = bodies.Count;
        var pages = new PageRecording[total];
        var scratch = new RecordingCanvas();
        declaresDestinations = false;
        for (var i = 0; i < total; i++)
        {
            var context = new PageContext(i + 1, total) { Progress = new LayoutProgress(0, furniture.Paragraphs) };
            scratch.Clear();
            DrawFurniture(Header, context, new Rect(area.X, area.Y, area.Width, furniture.HeaderHeight), "header", scratch);
            var header = scratch.Commands.Count;
            DrawFurniture(Footer, context, new Rect(area.X, area.Bottom - furniture.FooterHeight, area.Width, furniture.FooterHeight), "footer", scratch);
            var furnitureDrawn = CollectionsMarshal.AsSpan(scratch.Recorded);
            foreach (var command in furnitureDrawn)
                declaresDestinations |= command is DrawCommand.Destination;
            pages[i] = new PageRecording(setup.PageSize, Frame(bodies[i].Recorded, furnitureDrawn[..header], furnitureDrawn[header..]));
        }

        return pages;
    }

    /// <summary>
    /// Puts <paramref name="header"/> before and <paramref name="footer"/> after the commands of
    /// <paramref name="body"/>, in that list, and returns it. With room in the list, and no more than a quarter
    /// of it left over, nothing is allocated; else the list is made exactly as large as what it holds (a page keeps
    /// its list to the end, and a body list that doubled while drawing would keep up to half of it empty).
    /// </summary>
    internal static List<DrawCommand> Frame(List<DrawCommand> body, ReadOnlySpan<DrawCommand> header, ReadOnlySpan<DrawCommand> footer)
    {
        var count = header.Length + body.Count + footer.Length;
        if (body.Capacity < count || body.Capacity - count > count / 4)
            body.Capacity = count;
        body.InsertRange(0, header);
        body.AddRange(footer);
        return body;
    }

    private static double FurnitureHeight(Func<PageContext, Element>? factory, PageContext context, Rect area, string what)
    {
        if (factory is null)
            return 0;
        var plan = factory(context).Measure(new Size(area.Width, area.Height), context);
        return plan.Kind switch
        {
            SpacePlanKind.Empty => 0,
            SpacePlanKind.FullRender => plan.Size.Height,
            _ => throw new LayoutException(context.PageNumber, $"the {what} does not fit on the page: {plan.WrapReason ?? "it would split"}"),
        };
    }

    /// <summary>Draws a page's header or footer into <paramref name="canvas"/>, after what it holds.</summary>
    private static void DrawFurniture(
        Func<PageContext, Element>? factory, PageContext context, Rect slot, string what, RecordingCanvas canvas)
    {
        if (factory is null)
            return;
        var element = new Artifact(factory(context));
        var size = new Size(slot.Width, slot.Height);
        var plan = element.Measure(size, context);
        if (plan.Kind == SpacePlanKind.Empty)
            return;
        if (plan.Kind != SpacePlanKind.FullRender || !Fit.Within(plan.Size.Height, slot.Height))
            throw new LayoutException(context.PageNumber, $"the {what} grew taller than the space reserved for it (its height must not depend on page numbers)");
        canvas.Translate(slot.X, slot.Y);
        element.Draw(size, new DrawingContext(canvas, context));
        canvas.Translate(-slot.X, -slot.Y);
    }
}
