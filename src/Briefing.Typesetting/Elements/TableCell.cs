using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>One table cell: content, how many columns it spans, and its padding, border and background.</summary>
internal sealed record TableCell(
    Element Content,
    int ColumnSpan,
    Thickness Padding,
    double BorderWidth,
    Color BorderColor,
    Color? Background,
    bool IsRowHeader = false);
