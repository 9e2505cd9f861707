using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Tests.Layout.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Elements;

public class ListTests
{
    [Fact]
    public void Item_bodies_hang_beside_their_labels()
    {
        var list = L.List(l => l.LabelWidth(20).Gap(5).Spacing(4)
            .Item(new FakeBox(8, 10, "가."), new FakeLines(10, 3, "one"))
            .Item(new FakeBox(8, 10, "나."), new FakeLines(10, 2, "two")));

        var drawn = LayoutTest.HavingSpaceOfSize(200, 200).ForContent(list).Draw();

        Assert.Equal(new Point(0, 0), drawn.At("가."));
        Assert.Equal(new Point(25, 0), drawn.At("one:0"));
        Assert.Equal(new Point(25, 20), drawn.At("one:2"));
        Assert.Equal(new Point(0, 34), drawn.At("나."));
        Assert.Equal(new Point(25, 34), drawn.At("two:0"));
    }

    [Fact]
    public void List_is_tagged_as_list_items_with_labels_and_bodies()
    {
        var list = L.List(l => l.Item(new FakeBox(8, 10, "•"), new FakeBox(10, 10, "body")));

        var drawn = LayoutTest.HavingSpaceOfSize(200, 200).ForContent(list).Draw();

        Assert.Equal([StructureRole.L, StructureRole.LI, StructureRole.Lbl, StructureRole.LBody], drawn.OpenedTags());
        Assert.True(drawn.TagsBalanced());
    }

    [Fact]
    public void An_item_splits_and_its_label_is_drawn_once()
    {
        var list = L.List(l => l.Item(new FakeBox(8, 10, "1."), new FakeLines(10, 15, "p")));

        var pages = Pages.Of(100, 100, list);

        Assert.Equal(2, pages.Count);
        Assert.Equal("1.", pages[0].Markers()[0]);
        Assert.DoesNotContain("1.", pages[1].Markers());
        Assert.Equal(5, pages[1].Markers().Count);
        Assert.Equal([StructureRole.L, StructureRole.LI, StructureRole.LBody], pages[1].Commands.OpenedTags());
        Assert.All(pages, p => Assert.True(p.Commands.TagsBalanced()));
    }
}
