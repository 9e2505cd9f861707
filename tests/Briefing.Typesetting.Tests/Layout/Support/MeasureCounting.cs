using Briefing.Typesetting.Tests.Text.Fakes;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Tests.Layout.Support;

/// <summary>
/// How many font-selector calls measuring texts costs when each is measured afresh: a paragraph asks the
/// selector once per distinct character, so tests compare a layout's calls with this to tell how often it measured.
/// </summary>
internal static class MeasureCounting
{
    /// <summary>The selector's calls for measuring each of <paramref name="texts"/> once in <paramref name="style"/>, 180 pt wide.</summary>
    public static int CallsToMeasureOnce(TextStyle style, params string[] texts)
    {
        var fonts = new FakeFontSelector(FixedWidthFace.Latin());
        using var typesetter = new Typesetter(fonts);
        foreach (var text in texts)
            typesetter.LayOut([new TextSpan(text, style)], new ParagraphStyle(), 180);
        return fonts.Calls;
    }
}
