using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Tests.Layout.Support;
using CsCheck;
using Xunit.Abstractions;
using L = Briefing.Typesetting.Fluent.Blocks;
using Size = Briefing.Typesetting.Geometry.Size;

namespace Briefing.Typesetting.Tests.Layout;

public class LayoutProperties(ITestOutputHelper output)
{
    private const double Slack = 1e-6;

    /// <summary>Of the 400 random trees, how many must lay out (not be refused) for the property to mean something.</summary>
    private const int MinimumLaidOut = 240; // about 275 lay out; 240 is four standard deviations below

    /// <summary>A random document: a seed for the element tree and a page setup. Trees are rebuilt from the seed because layout spends them.</summary>
    private static readonly Gen<(int Seed, double Width, double Height, double Margin)> Documents =
        Gen.Select(Gen.Int, Gen.Double[150, 400], Gen.Double[120, 500], Gen.Double[0, 30]);

    [Fact]
    public void Random_trees_always_finish_draw_inside_the_content_area_once_each_in_order_with_balanced_tags()
    {
        const int Cases = 400;
        var laidOut = 0;
        var refused = 0;
        Documents.Sample(d =>
        {
            // Given
            var leaves = new List<List<string>>();
            var body = new TreeBuilder(new Random(d.Seed), leaves).Root();
            var setup = new PageSetup(new Size(d.Width, d.Height), Thickness.All(d.Margin));

            // When
            IReadOnlyList<PageRecording> pages;
            try
            {
                pages = new DocumentLayouter(setup) { MaxPages = 2000 }.Layout(body);
            }
            catch (LayoutException)
            {
                Interlocked.Increment(ref refused);
                return; // content that cannot fit is reported, which is the other allowed ending
            }

            Interlocked.Increment(ref laidOut);

            // Then
            var area = setup.ContentArea;
            var seen = new List<string>();
            foreach (var page in pages)
            {
                Assert.True(page.Commands.TagsBalanced(), "tags balanced on every page");
                foreach (var command in page.Commands)
                {
                    var rect = command switch
                    {
                        DrawCommand.FillRectangle f => f.Rect,
                        DrawCommand.StrokeRectangle s => s.Rect,
                        DrawCommand.Image i => i.Rect,
                        DrawCommand.Destination p => new Rect(p.Position.X, p.Position.Y, 0, 0),
                        DrawCommand.Line l => new Rect(l.From.X, l.From.Y - (l.LineWidth / 2), l.To.X - l.From.X, l.LineWidth),
                        _ => (Rect?)null,
                    };
                    if (rect is { } r)
                    {
                        Assert.True(r.X >= area.X - Slack && r.Y >= area.Y - Slack && r.Right <= area.Right + Slack && r.Bottom <= area.Bottom + Slack,
                            $"{command} is outside the content area {area}");
                    }
                }

                seen.AddRange(page.Markers().Where(m => !m.StartsWith("hdr", StringComparison.Ordinal)));
            }

            var expected = leaves.SelectMany(l => l).OrderBy(m => m, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, seen.OrderBy(m => m, StringComparer.Ordinal).ToList());
            foreach (var leaf in leaves)
            {
                var order = seen.Where(leaf.Contains).ToList();
                Assert.Equal(leaf, order);
            }
        }, iter: Cases, threads: 1);

        // Most trees must lay out, or the checks above check little (the refusals are counted, not ignored).
        output.WriteLine($"{laidOut} laid out and checked, {refused} refused with a LayoutException");
        Assert.True(laidOut >= MinimumLaidOut, $"only {laidOut} of {Cases} random trees laid out ({refused} refused)");
    }

    [Fact]
    public void Columns_of_leaves_draw_every_leaf_in_document_order()
    {
        Documents.Sample(d =>
        {
            var rng = new Random(d.Seed);
            var expected = new List<string>();
            var column = L.Column(c =>
            {
                c.Spacing(rng.Next(0, 5));
                for (var i = 0; i < rng.Next(1, 30); i++)
                {
                    if (rng.Next(2) == 0)
                    {
                        c.Item(new FakeBox(10, rng.Next(5, 50), $"b{i}")); // content is at least 60 pt tall
                        expected.Add($"b{i}");
                    }
                    else
                    {
                        var count = rng.Next(1, 12);
                        c.Item(new FakeLines(10, count, $"p{i}"));
                        expected.AddRange(Enumerable.Range(0, count).Select(n => $"p{i}:{n}"));
                    }
                }
            });

            var pages = new DocumentLayouter(new PageSetup(new Size(d.Width, d.Height), Thickness.All(d.Margin))).Layout(column);

            Assert.Equal(expected, pages.SelectMany(p => p.Markers()).ToList());
        }, iter: 300);
    }

    /// <summary>Builds a random tree of columns, rows, tables and lists over fake boxes and fake line blocks.</summary>
    private sealed class TreeBuilder(Random rng, List<List<string>> leaves)
    {
        private int _ids;

        /// <summary>A column of several subtrees, so documents often run over pages.</summary>
        public Element Root() => L.Column(c =>
        {
            c.Spacing(rng.Next(0, 7));
            for (var i = rng.Next(2, 14); i > 0; i--)
                c.Item(Build(1));
        });

        public Element Build(int depth)
        {
            var choice = depth >= 3 ? rng.Next(0, 2) : rng.Next(0, 14);
            var element = choice switch
            {
                0 => Box(),
                1 => Lines(),
                2 or 3 => L.Column(c =>
                {
                    c.Spacing(rng.Next(0, 7));
                    for (var i = rng.Next(1, 5); i > 0; i--)
                        c.Item(Build(depth + 1));
                }),
                4 => L.Row(r =>
                {
                    r.Spacing(rng.Next(0, 7));
                    for (var i = rng.Next(1, 4); i > 0; i--)
                    {
                        switch (rng.Next(3))
                        {
                            case 0: r.ConstantItem(rng.Next(10, 60), Build(depth + 1)); break;
                            case 1: r.RelativeItem(Build(depth + 1), rng.Next(1, 4)); break;
                            default: r.AutoItem(Build(depth + 1)); break;
                        }
                    }
                }),
                5 => Table(depth),
                6 => L.List(l =>
                {
                    l.LabelWidth(rng.Next(8, 24)).Spacing(rng.Next(0, 5));
                    for (var i = rng.Next(1, 4); i > 0; i--)
                        l.Item(Box(6, 8), Build(depth + 1));
                }),
                7 => Build(depth + 1).Padding(rng.Next(0, 9)).Background(Color.White),
                8 => Build(depth + 1).Border(rng.Next(1, 3), Color.Black),
                9 => Build(depth + 1).KeepTogether(),
                10 => Build(depth + 1).KeepWithNext(),
                12 => rng.Next(2) == 0 ? L.PageBreak() : L.Line(rng.Next(1, 3), Color.Black),
                13 => Destination(depth),
                _ => Build(depth + 1).Tagged(rng.Next(2) == 0 ? StructureRole.P : StructureRole.Div),
            };
            return element;
        }

        private Element Destination(int depth)
        {
            // A destination is a leaf of its own: it must be declared exactly once.
            var id = $"dest{_ids++}";
            leaves.Add([id]);
            return Build(depth + 1).Bookmark("b", 1).Destination(id);
        }

        private Element Table(int depth)
        {
            var columns = rng.Next(1, 4);
            var keep = rng.Next(3) == 0;
            var withHeader = rng.Next(2) == 0;
            return L.Table(t =>
            {
                t.Columns(c =>
                {
                    for (var i = 0; i < columns; i++)
                    {
                        if (rng.Next(3) == 0)
                            c.Constant(rng.Next(20, 60));
                        else
                            c.Relative(rng.Next(1, 3));
                    }
                });
                t.CellStyle(s => s.Padding(2).Border(0.5, Color.Black));
                t.KeepRowsTogether(keep);
                if (withHeader)
                    t.Header(h => h.Cell(new FakeBox(5, 8, "hdr"), s => s.ColumnSpan(columns)));
                var free = columns;
                for (var i = rng.Next(1, 7); i > 0; i--)
                {
                    var span = rng.Next(1, free + 1);
                    t.Cell(Build(depth + 1), s => s.ColumnSpan(span));
                    free -= span;
                    if (free == 0)
                        free = columns;
                }
            });
        }

        private Element Box(int maxWidth = 60, int maxHeight = 60)
        {
            var id = $"b{_ids++}";
            leaves.Add([id]);
            return new FakeBox(rng.Next(1, maxWidth), rng.Next(1, maxHeight), id);
        }

        private Element Lines()
        {
            var id = $"p{_ids++}";
            var count = rng.Next(1, 25);
            leaves.Add(Enumerable.Range(0, count).Select(n => $"{id}:{n}").ToList());
            return new FakeLines(rng.Next(8, 13), count, id, rng.Next(10, 80));
        }
    }
}
