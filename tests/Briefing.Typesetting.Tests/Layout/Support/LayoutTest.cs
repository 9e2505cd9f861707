using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Tests.Layout.Support;

/// <summary>A tiny language for element tests: <c>LayoutTest.HavingSpaceOfSize(100, 100).ForContent(e).ExpectPlan(...)</c>.</summary>
internal sealed class LayoutTest
{
    private readonly Size _space;
    private Element? _content;
    private PageContext _page = new(1, null);

    private LayoutTest(Size space) => _space = space;

    public static LayoutTest HavingSpaceOfSize(double width, double height) => new(new Size(width, height));

    public LayoutTest ForContent(Element content)
    {
        _content = content;
        return this;
    }

    public LayoutTest WithRelaxedKeepRules()
    {
        _page = _page with { KeepRulesRelaxed = true };
        return this;
    }

    public LayoutTest ExpectPlan(SpacePlan expected)
    {
        var actual = Content.Measure(_space, _page);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Size.Width, actual.Size.Width, 6);
        Assert.Equal(expected.Size.Height, actual.Size.Height, 6);
        return this;
    }

    public LayoutTest ExpectWrap()
    {
        Assert.Equal(SpacePlanKind.Wrap, Content.Measure(_space, _page).Kind);
        return this;
    }

    /// <summary>Draws one page's worth (as a parent would, after measuring) and returns the commands.</summary>
    public IReadOnlyList<DrawCommand> Draw()
    {
        var canvas = new RecordingCanvas();
        if (Content.Measure(_space, _page).Draws)
            Content.Draw(_space, new DrawingContext(canvas, _page));
        return canvas.Commands;
    }

    private Element Content => _content ?? throw new InvalidOperationException("Call ForContent first.");
}
