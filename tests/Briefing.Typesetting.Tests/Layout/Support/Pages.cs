using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Tests.Layout.Support;

/// <summary>Page-level layout with no margins unless asked, so positions read as content coordinates.</summary>
internal static class Pages
{
    public static IReadOnlyList<PageRecording> Of(double width, double height, Element body, double margin = 0) =>
        new DocumentLayouter(new PageSetup(new Size(width, height), Thickness.All(margin))).Layout(body);
}
