using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// The running header and footer. Every page has the banner at top and bottom; from page 2 the header
/// adds the short title, and the footer carries the prepared date, the id and "Page X of Y". Heights
/// never depend on the page number (the engine measures page 1 without a page count to reserve space).
/// </summary>
internal static class PageFurniture
{
    private const double RunningLineHeight = 16;

    /// <summary>The header for a page.</summary>
    public static Element Header(ComposeContext context, PageContext page) => Header(context, page, banner: true);

    /// <summary>
    /// The header for a page, with the banner or, where <paramref name="banner"/> is false (a parallel column whose
    /// language's papers carry no marking at this level), its space left blank so both columns stay level.
    /// </summary>
    public static Element Header(ComposeContext context, PageContext page, bool banner) =>
        L.Column(column =>
        {
            column.Spacing(6);
            column.Item(Banner(context, banner));
            column.Item((page.PageNumber > 1 ? RunningTitle(context) : L.Empty()).AlignMiddle().Height(RunningLineHeight));
        });

    /// <summary>The footer for a page.</summary>
    public static Element Footer(ComposeContext context, PageContext page)
    {
        var brief = context.Brief;
        var left = $"{context.Strings.LabelPreparedOn} {context.Date(brief.Prepared.On)}  \u00B7  {brief.Id}";
        return Footer(context, page, left);
    }

    /// <summary>A footer with <paramref name="left"/> on its left (a bundle's front pages); the same height as a brief's.</summary>
    public static Element Footer(ComposeContext context, PageContext page, string left) => Footer(context, page, left, banner: true);

    /// <summary>A footer with <paramref name="left"/> on its left, and the banner only where <paramref name="banner"/> (see <see cref="Header(ComposeContext, PageContext, bool)"/>).</summary>
    public static Element Footer(ComposeContext context, PageContext page, string left, bool banner)
    {
        var type = context.Type;
        var right = context.Strings.PageOf(page.PageNumber, page.TotalPages ?? page.PageNumber);
        return L.Column(column =>
        {
            column.Spacing(4);
            column.Item(L.Line(0.5, context.Palette.Rule));
            column.Item(L.Row(row =>
            {
                row.Spacing(12);
                row.RelativeItem(context.Paragraph(left, type.Furniture, type.SingleLine, role: null));
                row.AutoItem(context.Paragraph(right, type.Furniture, type.SingleLine, role: null));
            }));
            column.Item(Banner(context, banner));
        });
    }

    private static Element Banner(ComposeContext context, bool shown) =>
        shown ? ClassificationBanner.Build(context) : L.Empty().Height(ClassificationBanner.Height);

    private static Element RunningTitle(ComposeContext context)
    {
        var type = context.Type;
        return L.Column(column =>
        {
            column.Spacing(3);
            column.Item(L.Row(row =>
            {
                row.Spacing(12);
                // Cut to one line: the header's height is reserved on page 1, where there is no running title.
                row.RelativeItem(new FittedLine(context.Typesetter, context.Text(context.Brief.Title), type.Furniture with { Weight = 700, Color = context.Palette.Accent }, type.SingleLine));
                row.AutoItem(context.Paragraph(context.Strings.DocumentKind, type.Furniture, type.SingleLine, role: null));
            }));
            column.Item(L.Line(0.5, context.Palette.Rule));
        });
    }
}
