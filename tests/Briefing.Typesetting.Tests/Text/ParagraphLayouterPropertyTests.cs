using System.Globalization;
using Briefing.Typesetting.Tests.Text.Fakes;
using Briefing.Typesetting.Text;
using Briefing.Typesetting.Text.LineBreaking;
using CsCheck;

namespace Briefing.Typesetting.Tests.Text;

public sealed class ParagraphLayouterPropertyTests : IDisposable
{
    private static readonly TextStyle Style = new() { FontFamily = "Latin, Hangul", FontSize = 10 };

    private static readonly Gen<string> Token = Gen.OneOf<string>(
        Gen.String[Gen.Char['a', 'z'], 1, 14],
        Gen.String[Gen.Char['가', '힣'], 1, 8],
        Gen.OneOf<string>(" ", "  ", "\n", ".", ",", "(", ")", "-", "!", "?", "\r\n"));

    private static readonly Gen<(string Text, double Width, bool KeepAll, TextAlignment Alignment, double Indent)> Case =
        Gen.Select(
            Token.Array[0, 40].Select(string.Concat),
            Gen.Double[1, 200],
            Gen.Bool,
            Gen.Enum<TextAlignment>(),
            Gen.Double[-20, 20]);

    private readonly LineBreaker _breaker = new();

    public void Dispose() => _breaker.Dispose();

    [Fact]
    public void Lines_never_overflow_and_keep_every_visible_character_in_order()
    {
        Case.Sample(c =>
        {
            // Given
            var layouter = new ParagraphLayouter(new FakeFontSelector(FixedWidthFace.Latin(), FixedWidthFace.Hangul()), _breaker);
            var style = new ParagraphStyle { KeepAll = c.KeepAll, Alignment = c.Alignment, FirstLineIndent = c.Indent, HangingIndent = Math.Abs(c.Indent) };

            // When
            var layout = layouter.Layout([new TextSpan(c.Text, Style)], style, c.Width);

            // Then: it ended, with at most one line per character
            Assert.True(layout.Lines.Count <= c.Text.Length + 1);

            var position = 0;
            var endsWithNewline = new List<bool>();
            for (var i = 0; i < layout.Lines.Count; i++)
            {
                var line = layout.Lines[i];
                var available = c.Width - (i == 0 ? style.FirstLineIndent : style.HangingIndent);

                // No line is wider than its room, unless it is a single grapheme (after the spaces that
                // begin a paragraph or follow a newline).
                if (line.Width > available + 1e-6)
                    Assert.True(new StringInfo(line.Text.TrimStart()).LengthInTextElements <= 1, $"line {i} '{line.Text}' overflows");

                // Runs are drawn left to right inside the line and hold the line's text, plus one space
                // when the line broke at white space (kept for text extraction, not counted in widths).
                var drawn = string.Concat(line.Runs.Select(r => r.Run.Text));
                var keptSpace = drawn.Length == line.Text.Length + 1 && drawn.EndsWith(' ');
                Assert.Equal(line.Text, keptSpace ? drawn[..^1] : drawn);
                Assert.True(line.Runs.Zip(line.Runs.Skip(1)).All(p => p.First.X + p.First.Run.Width <= p.Second.X + 1e-9));
                Assert.Equal(line.IsLast, i == layout.Lines.Count - 1);

                // Lines follow each other in the input, separated only by whitespace.
                var normalised = c.Text.Replace("\r\n", "\n");
                var found = normalised.IndexOf(line.Text, position, StringComparison.Ordinal);
                Assert.True(found >= 0, $"line {i} '{line.Text}' not found after {position}");
                Assert.True(string.IsNullOrWhiteSpace(normalised[position..found]), $"dropped '{normalised[position..found]}'");

                // Only a paragraph's first line or a line after a newline may start with a space.
                if (line.Text.Length > 0 && char.IsWhiteSpace(line.Text[0]))
                    Assert.True(i == 0 || endsWithNewline[i - 1], $"line {i} '{line.Text}' starts with a space");
                position = found + line.Text.Length;
                var brokeAtSpace = !line.IsLast && position < normalised.Length && char.IsWhiteSpace(normalised[position]);
                // (A face without a space glyph, like the fake Hangul one, gets none rather than a .notdef box.)
                var canKeep = line.Runs.Count > 0 && line.Runs[^1].Run.Face.HasGlyph(' ');
                Assert.True(keptSpace == (brokeAtSpace && canKeep), $"line {i} '{line.Text}': kept space {keptSpace}, broke at space {brokeAtSpace}");

                // The spaces a line hangs are followed by a newline exactly when the line ended with one.
                var next = position;
                while (next < normalised.Length && char.IsWhiteSpace(normalised[next]) && normalised[next] != '\n')
                    next++;
                endsWithNewline.Add(next < normalised.Length && normalised[next] == '\n');

                // Runs fill the line exactly, and alignment puts the line where its room says.
                if (line.Runs.Count > 0)
                    Assert.Equal(line.Width, line.Runs[^1].X + line.Runs[^1].Run.Width, 6);
                var indent = i == 0 ? style.FirstLineIndent : style.HangingIndent;
                if (line.Width <= available)
                {
                    var expectedLeft = style.Alignment switch
                    {
                        TextAlignment.Center => indent + (available - line.Width) / 2,
                        TextAlignment.Right => indent + available - line.Width,
                        _ => indent,
                    };
                    Assert.Equal(expectedLeft, line.Left, 6);
                }
            }

            // A justified line that is neither last nor ended by a newline fills its room if it has a space.
            for (var i = 0; style.Alignment == TextAlignment.Justify && i + 1 < layout.Lines.Count; i++)
            {
                var line = layout.Lines[i];
                var available = c.Width - (i == 0 ? style.FirstLineIndent : style.HangingIndent);
                if (!endsWithNewline[i] && line.Text.Contains(' ') && line.Width <= available + 1e-6)
                    Assert.Equal(available, line.Width, 6);
            }

            var visible = new string(c.Text.Where(ch => !char.IsWhiteSpace(ch)).ToArray());
            var laidOut = new string(string.Concat(layout.Lines.Select(l => l.Text)).Where(ch => !char.IsWhiteSpace(ch)).ToArray());
            Assert.Equal(visible, laidOut);
        }, iter: 1000);
    }

    [Fact]
    public void Spans_of_mixed_sizes_and_links_keep_their_look_and_lines_stack_without_gaps()
    {
        var span = Gen.Select(
            Token.Array[1, 6].Select(string.Concat),
            Gen.Int[8, 20],
            Gen.Bool,
            (text, size, linked) => new TextSpan(
                text,
                Style with { FontSize = size },
                linked ? new Briefing.Typesetting.Drawing.LinkTarget.External($"https://example.org/{size}") : null));

        Gen.Select(span.Array[1, 8], Gen.Double[20, 300], Gen.Double[1.0, 2.0]).Sample(c =>
        {
            // Given
            var (spans, width, leading) = c;
            var layouter = new ParagraphLayouter(new FakeFontSelector(FixedWidthFace.Latin(), FixedWidthFace.Hangul()), _breaker);

            // When
            var layout = layouter.Layout(spans, new ParagraphStyle { LineHeight = leading }, width);

            // Then: lines stack without gaps, each as high as its largest size asks
            var top = 0.0;
            foreach (var line in layout.Lines)
            {
                Assert.Equal(top, line.Top, 6);
                top += line.Height;
                if (line.Runs.Count > 0)
                    Assert.Equal(leading * line.Runs.Max(r => r.Run.FontSize), line.Height, 6);
                Assert.InRange(line.Baseline, 0, line.Height + 1e-6);

                foreach (var placed in line.Runs)
                {
                    // Each run is drawn in the face that has its characters, at its span's size and link.
                    var hangul = placed.Run.Text.Any(ch => ch is >= '가' and <= '힣');
                    Assert.Equal(hangul ? "Hangul" : "Latin", placed.Run.Face.FamilyName);
                    Assert.Contains(spans, s => s.Style.FontSize.Equals(placed.Run.FontSize) && Equals(s.Link, placed.Link));
                    // A line broken at a space keeps one at the end of its last run, not counted in the width.
                    var perChar = placed.Run.FontSize * (hangul ? 1.0 : 0.5);
                    var keptSpace = ReferenceEquals(placed, line.Runs[^1]) && !line.IsLast && placed.Run.Text.EndsWith(' ')
                                    && Math.Abs((placed.Run.Text.Length - 1) * perChar - placed.Run.Width) < 1e-6;
                    Assert.Equal((placed.Run.Text.Length - (keptSpace ? 1 : 0)) * perChar, placed.Run.Width, 6);
                }
            }

            Assert.Equal(top, layout.Height, 6);
            var visible = new string(string.Concat(spans.Select(s => s.Text)).Where(ch => !char.IsWhiteSpace(ch)).ToArray());
            var drawn = new string(layout.Lines.SelectMany(l => l.Runs).SelectMany(r => r.Run.Text).Where(ch => !char.IsWhiteSpace(ch)).ToArray());
            Assert.Equal(visible, drawn);
        }, iter: 500);
    }
}
