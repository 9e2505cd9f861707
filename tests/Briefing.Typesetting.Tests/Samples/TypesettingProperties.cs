using System.Text;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;
using CsCheck;
using L = Briefing.Typesetting.Fluent.Blocks;
using Xunit.Abstractions;
using Size = Briefing.Typesetting.Geometry.Size;

namespace Briefing.Typesetting.Tests.Samples;

/// <summary>
/// Random documents of real text (Korean and Latin words, digits, punctuation, random styles) in
/// paragraphs, lists, tables and columns, laid out through the real fonts and the real typesetter on
/// random page sizes.
/// </summary>
public class TypesettingProperties(SampleFonts fonts, ITestOutputHelper output) : IClassFixture<SampleFonts>
{
    private const double Slack = 1e-6;

    private static readonly Gen<(int Seed, double Width, double Height, double Margin)> Documents =
        Gen.Select(Gen.Int, Gen.Double[200, 620], Gen.Double[200, 860], Gen.Double[10, 60]);

    [Fact]
    public void Random_documents_finish_inside_the_content_area_with_every_character_once_in_reading_order()
    {
        var writer = new PdfDocumentWriter();
        var laidOut = 0;
        var refused = 0;
        Documents.Sample(d =>
        {
            // Given
            var builder = new RandomDocument(new Random(d.Seed), fonts.Typesetter);
            var body = builder.Body();
            var setup = new PageSetup(new Size(d.Width, d.Height), Thickness.All(d.Margin));

            // When
            IReadOnlyList<PageRecording> pages;
            try
            {
                pages = new DocumentLayouter(setup) { MaxPages = 500 }.Layout(body);
            }
            catch (LayoutException)
            {
                Interlocked.Increment(ref refused);
                return; // content that cannot fit is reported: the other allowed ending
            }

            Interlocked.Increment(ref laidOut);

            // Then: everything is drawn inside the content area, with balanced tags on every page
            var area = setup.ContentArea;
            var fragments = new List<string>();
            foreach (var page in pages)
            {
                Assert.True(Balanced(page.Commands), "tags balanced on every page");
                foreach (var command in page.Commands)
                    AssertInside(area, command);
                fragments.AddRange(ParagraphFragments(page.Commands));
            }

            // ...every paragraph's characters once, in order, and the paragraphs start in document order
            AssertReadInOrder(builder.Paragraphs, fragments);

            // ...and the PDF writer takes the result
            Assert.NotEmpty(writer.Write(pages, new DocumentMetadata()));
        }, iter: 60, threads: 1);

        // Most documents must lay out, or the checks above check little.
        output.WriteLine($"{laidOut} laid out and checked, {refused} refused with a LayoutException");
        Assert.True(laidOut >= 40, $"only {laidOut} of 60 random documents laid out");
    }

    private static void AssertInside(Rect area, DrawCommand command)
    {
        var rect = command switch
        {
            DrawCommand.Text t => new Rect(t.Baseline.X, t.Baseline.Y, t.Run.Width, 0),
            DrawCommand.FillRectangle f => f.Rect,
            DrawCommand.StrokeRectangle s => s.Rect,
            DrawCommand.Link l => l.Area,
            DrawCommand.Line l => new Rect(Math.Min(l.From.X, l.To.X), Math.Min(l.From.Y, l.To.Y), Math.Abs(l.To.X - l.From.X), Math.Abs(l.To.Y - l.From.Y)),
            _ => (Rect?)null,
        };
        if (rect is { } r)
        {
            Assert.True(r.X >= area.X - Slack && r.Y >= area.Y - Slack && r.Right <= area.Right + Slack && r.Bottom <= area.Bottom + Slack,
                $"{command} is outside the content area {area}");
        }
    }

    private static bool Balanced(IReadOnlyList<DrawCommand> commands)
    {
        var depth = 0;
        foreach (var c in commands)
        {
            if (c is DrawCommand.BeginTag or DrawCommand.BeginArtifact)
                depth++;
            else if (c is DrawCommand.EndTag or DrawCommand.EndArtifact && --depth < 0)
                return false;
        }
        return depth == 0;
    }

    /// <summary>The text of each P fragment (one paragraph's part on one page), whitespace removed, in drawing order.</summary>
    private static IEnumerable<string> ParagraphFragments(IReadOnlyList<DrawCommand> commands)
    {
        var roles = new Stack<StructureRole>();
        var current = new StringBuilder();
        foreach (var c in commands)
        {
            switch (c)
            {
                case DrawCommand.BeginTag b:
                    roles.Push(b.Role);
                    break;
                case DrawCommand.EndTag:
                    if (roles.Pop() == StructureRole.P && current.Length > 0)
                    {
                        yield return current.ToString();
                        current.Clear();
                    }
                    break;
                case DrawCommand.Text t:
                    // Header cells hold untagged paragraphs, so their text sits right inside TH.
                    // A link's text sits in a Link tag inside its paragraph.
                    Assert.True(roles.Count > 0 && (roles.Peek() is StructureRole.P or StructureRole.TH
                        || (roles.Peek() == StructureRole.Link && roles.Contains(StructureRole.P))), $"text \"{t.Run.Text}\" outside its paragraph tag");
                    if (roles.Peek() is StructureRole.P or StructureRole.Link && roles.Contains(StructureRole.P))
                        current.Append(ExtractedText.Squeeze(t.Run.Text));
                    break;
            }
        }
    }

    /// <summary>
    /// Matches fragments to paragraphs: each fragment continues a paragraph exactly where its previous
    /// fragment stopped, or starts the next paragraph of its stream; at the end every paragraph is
    /// complete. Nothing lost, nothing repeated, nothing out of order. A stream is the body or one table
    /// cell: the cells of a row that splits across pages take turns, page by page. A short fragment ("다")
    /// can continue two cells at once, so the match searches, going back when a choice leads nowhere,
    /// rather than taking the first paragraph that fits.
    /// </summary>
    private static void AssertReadInOrder(IReadOnlyList<(string Text, int Stream)> paragraphs, IReadOnlyList<string> fragments)
    {
        var expected = paragraphs.Select(p => ExtractedText.Squeeze(p.Text)).ToList();
        var cursor = new int[expected.Count];
        var started = new bool[expected.Count];
        var deepest = 0;
        var steps = 0;
        Assert.True(Match(0), $"fragment {deepest} \"{(deepest < fragments.Count ? fragments[deepest] : "")}\" neither continues an open paragraph nor starts the next of a stream, "
            + "or a paragraph is left incomplete (lost, repeated or out of order); fragments: " + string.Join(" | ", fragments));

        bool Match(int f)
        {
            Assert.True(++steps < 1_000_000, "the fragments match paragraphs in too many ways to check");
            deepest = Math.Max(deepest, f);
            if (f == fragments.Count)
                return cursor.Select((c, i) => c == expected[i].Length).All(done => done);
            var fragment = fragments[f];

            // An open paragraph (started, unfinished) continues...
            for (var i = 0; i < expected.Count; i++)
            {
                if (!started[i] || cursor[i] >= expected[i].Length || cursor[i] + fragment.Length > expected[i].Length
                    || string.CompareOrdinal(expected[i], cursor[i], fragment, 0, fragment.Length) != 0)
                    continue;
                cursor[i] += fragment.Length;
                if (Match(f + 1))
                    return true;
                cursor[i] -= fragment.Length;
            }

            // ...or the next paragraph of some stream starts.
            foreach (var i in StreamHeads(paragraphs, expected, started))
            {
                if (fragment.Length > expected[i].Length || !expected[i].StartsWith(fragment, StringComparison.Ordinal))
                    continue;
                started[i] = true;
                cursor[i] = fragment.Length;
                if (Match(f + 1))
                    return true;
                started[i] = false;
                cursor[i] = 0;
            }

            return false;
        }
    }

    /// <summary>For each stream, its first paragraph not started yet (empty ones skipped: they draw nothing).</summary>
    private static List<int> StreamHeads(IReadOnlyList<(string Text, int Stream)> paragraphs, List<string> expected, bool[] started)
    {
        var heads = new List<int>();
        var seen = new HashSet<int>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (started[i] || expected[i].Length == 0 || !seen.Add(paragraphs[i].Stream))
                continue;
            heads.Add(i);
        }
        return heads;
    }

    /// <summary>Builds a random document tree of real text and remembers each paragraph's text in document order.</summary>
    private sealed class RandomDocument(Random rng, Typesetter typesetter)
    {
        private const string Syllables = "가나다라마바사아자차카타파하국민정부회담협력경제안보에너지산업외교통상대한캐나다서울오타와이번주요성과는것을위해있습니다";
        private const string Latin = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        private static readonly string[] Punctuation = [".", ",", ";", ":", "!", "?", "(", ")", "“", "”", "'", "-", "/", "–", "·", "%"];
        private static readonly string[] Families = ["Noto Sans, NanumGothic", "Noto Serif, NanumMyeongjo", "NanumGothic, Noto Sans"];
        private static readonly string[] KoreanLabels = ["가.", "나.", "다.", "라.", "마.", "바."];

        private readonly List<(string Text, int Stream)> _paragraphs = [];
        private int _stream;
        private int _streams;

        public IReadOnlyList<(string Text, int Stream)> Paragraphs => _paragraphs;

        /// <summary>Builds a table cell's content as a stream of its own.</summary>
        private Element InNewStream(Func<Element> build)
        {
            var outer = _stream;
            _stream = ++_streams;
            var element = build();
            _stream = outer;
            return element;
        }

        public Element Body() => L.Column(c =>
        {
            c.Spacing(rng.Next(0, 8));
            for (var i = rng.Next(1, 10); i > 0; i--)
                c.Item(Block(0));
        });

        private Element Block(int depth) => (depth >= 2 ? 0 : rng.Next(0, 6)) switch
        {
            0 or 1 => Paragraph(rng.Next(1, 60)),
            2 => List(depth),
            3 => Table(depth),
            4 => L.Column(c =>
            {
                c.Spacing(rng.Next(0, 6));
                for (var i = rng.Next(1, 4); i > 0; i--)
                    c.Item(Block(depth + 1));
            }),
            _ => Block(depth + 1).Padding(rng.Next(0, 10)),
        };

        private Element List(int depth) => L.List(l =>
        {
            l.LabelWidth(rng.Next(16, 30)).Gap(rng.Next(2, 8)).Spacing(rng.Next(0, 6));
            var korean = rng.Next(2) == 0;
            for (var i = 0; i < rng.Next(1, 6); i++)
            {
                var label = korean ? KoreanLabels[i % KoreanLabels.Length] : $"{i + 1}.";
                l.Item(Plain(label, Style()), rng.Next(3) == 0 ? Block(depth + 1) : Paragraph(rng.Next(1, 30)));
            }
        });

        private Element Table(int depth)
        {
            var columns = rng.Next(1, 4);
            var withHeader = rng.Next(2) == 0;
            return L.Table(t =>
            {
                t.Columns(c =>
                {
                    for (var i = 0; i < columns; i++)
                        c.Relative(rng.Next(1, 4));
                });
                // The style action runs again for every header rebuilt: choose its values once.
                var padding = rng.Next(0, 5);
                t.CellStyle(s => s.Padding(padding).Border(0.5, Color.Black));
                t.KeepRowsTogether(rng.Next(3) == 0);
                if (withHeader)
                {
                    // The header is rebuilt for every page, so its text is not part of the reading-order check;
                    // its text and styles are chosen once, as the action must build the same header each time.
                    var titles = Enumerable.Range(0, columns).Select(_ => (Text: Words(2), Style: Style())).ToArray();
                    t.Header(h =>
                    {
                        foreach (var (title, style) in titles)
                            h.Cell(typesetter.Paragraph(title, style, role: null));
                    });
                }
                for (var i = rng.Next(1, 5) * columns; i > 0; i--)
                    t.Cell(InNewStream(() => rng.Next(4) == 0 ? Block(depth + 1) : Paragraph(rng.Next(1, 20))));
            });
        }

        private Element Plain(string text, TextStyle style)
        {
            _paragraphs.Add((text, _stream));
            return typesetter.Paragraph(text, style);
        }

        private Element Paragraph(int words)
        {
            var format = new ParagraphStyle
            {
                Alignment = (TextAlignment)rng.Next(0, 4),
                LineHeight = 1.0 + rng.NextDouble(),
                SpaceBefore = rng.Next(0, 3) == 0 ? rng.Next(0, 10) : 0,
                SpaceAfter = rng.Next(0, 3) == 0 ? rng.Next(0, 10) : 0,
                FirstLineIndent = rng.Next(0, 3) == 0 ? rng.Next(0, 20) : 0,
                HangingIndent = rng.Next(0, 3) == 0 ? rng.Next(0, 20) : 0,
                KeepAll = rng.Next(5) != 0,
            };
            var spans = new List<(string Text, TextStyle Style, LinkTarget? Link)>();
            var remaining = words;
            while (remaining > 0)
            {
                var n = Math.Min(remaining, rng.Next(1, 12));
                remaining -= n;
                var link = rng.Next(8) == 0 ? new LinkTarget.External("https://example.org/" + rng.Next(100)) : null;
                spans.Add((Words(n) + " ", Style(), link));
            }
            _paragraphs.Add((string.Concat(spans.Select(s => s.Text)), _stream));
            return typesetter.Paragraph(Style(), format, p =>
            {
                foreach (var (text, style, link) in spans)
                {
                    if (link is null)
                        p.Span(text, style);
                    else
                        p.Link(text, link, style);
                }
            });
        }

        private TextStyle Style() => new()
        {
            FontFamily = Families[rng.Next(Families.Length)],
            FontSize = rng.Next(6, 19) + (rng.Next(2) * 0.5),
            Weight = rng.Next(3) == 0 ? 700 : 400,
            Italic = rng.Next(4) == 0,
            Underline = rng.Next(6) == 0,
            Color = new Color((byte)rng.Next(256), (byte)rng.Next(256), (byte)rng.Next(256)),
        };

        private string Words(int count)
        {
            var text = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                    text.Append(' ');
                var kind = rng.Next(10);
                var length = rng.Next(1, 9);
                if (kind < 5)
                {
                    for (var k = 0; k < length; k++)
                        text.Append(Syllables[rng.Next(Syllables.Length)]);
                }
                else if (kind < 9)
                {
                    for (var k = 0; k < length; k++)
                        text.Append(Latin[rng.Next(Latin.Length)]);
                }
                else
                {
                    text.Append(rng.Next(0, 100000));
                }
                if (rng.Next(4) == 0)
                    text.Append(Punctuation[rng.Next(Punctuation.Length)]);
            }
            return text.ToString();
        }
    }
}
