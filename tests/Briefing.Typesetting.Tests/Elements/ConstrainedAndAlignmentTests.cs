using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Tests.Layout.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Elements;

public class ConstrainedAndAlignmentTests
{
    [Fact]
    public void A_fixed_height_takes_its_height_whatever_its_content_needs()
    {
        LayoutTest.HavingSpaceOfSize(100, 100).ForContent(new FakeBox(10, 5, "small").Height(16)).ExpectPlan(SpacePlan.Full(10, 16));
    }

    [Fact]
    public void A_fixed_height_with_nothing_in_it_still_reserves_its_height_once()
    {
        // Given an empty band of 16 pt above a box
        var column = L.Column(c => c.Item(L.Empty().Height(16)).Item(new FakeBox(10, 10, "below")));

        // When
        var pages = Pages.Of(100, 100, column);

        // Then the box sits below the band, and the band does not come back
        Assert.Single(pages);
        Assert.Equal(16, pages[0].At("below").Y);
    }

    [Fact]
    public void A_fixed_height_that_does_not_fit_wraps()
    {
        LayoutTest.HavingSpaceOfSize(100, 10).ForContent(new FakeBox(10, 5, "small").Height(16)).ExpectWrap();
    }

    [Fact]
    public void Content_taller_than_a_maximum_height_continues_on_the_next_page()
    {
        LayoutTest.HavingSpaceOfSize(100, 100).ForContent(new FakeLines(10, 6, "p").Height(0, 40)).ExpectPlan(SpacePlan.Partial(50, 40));
    }

    [Fact]
    public void A_width_bounds_what_the_content_gets()
    {
        var drawn = LayoutTest.HavingSpaceOfSize(100, 100).ForContent(new FakeLines(10, 2, "p", width: 80).Width(30)).ExpectPlan(SpacePlan.Full(30, 20)).Draw();

        Assert.All(drawn.OfType<DrawCommand.FillRectangle>(), fill => Assert.Equal(30, fill.Rect.Width));
    }

    [Fact]
    public void Align_middle_centres_the_content_in_a_fixed_height()
    {
        var drawn = LayoutTest.HavingSpaceOfSize(100, 100).ForContent(new FakeBox(10, 6, "mark").AlignMiddle().Height(16)).Draw();

        var fill = Assert.Single(drawn.OfType<DrawCommand.FillRectangle>());
        Assert.Equal(5, fill.Rect.Y);
    }

    [Fact]
    public void Align_puts_the_spare_room_before_the_content_by_the_given_shares()
    {
        var drawn = LayoutTest.HavingSpaceOfSize(100, 100).ForContent(new FakeBox(10, 10, "mark").Align(1, 0).Height(10)).Draw();

        var fill = Assert.Single(drawn.OfType<DrawCommand.FillRectangle>());
        Assert.Equal(90, fill.Rect.X);
    }

    [Fact]
    public void One_sided_padding_adds_space_on_that_side_only()
    {
        LayoutTest.HavingSpaceOfSize(100, 100).ForContent(new FakeBox(10, 10).PaddingTop(3).PaddingLeft(2)).ExpectPlan(SpacePlan.Full(12, 13));
        LayoutTest.HavingSpaceOfSize(100, 100).ForContent(new FakeBox(10, 10).PaddingBottom(4).PaddingRight(5)).ExpectPlan(SpacePlan.Full(15, 14));
    }
}
