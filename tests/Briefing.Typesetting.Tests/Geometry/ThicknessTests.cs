using Briefing.Typesetting.Geometry;

namespace Briefing.Typesetting.Tests.Geometry;

public class ThicknessTests
{
    [Fact]
    public void Horizontal_and_vertical_add_opposite_edges()
    {
        var t = new Thickness(1, 2, 3, 4);

        Assert.Equal(4, t.Horizontal);
        Assert.Equal(6, t.Vertical);
    }
}
