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
            var gaps = new List<string>();
            for (var i = 0; i < layout.Lines.Count; i++)
            {
                var line = layout.Lines[i];
                var available = c.Width - (i == 0 ? style.FirstLineIndent : style.HangingIndent);

                // No line is wider than its room, unless it is a single grapheme (after the spaces that
                // begin a paragraph or follow a newline).
                if (line.Width > available + 1e-6)
                    Assert.True(new StringInfo(line.Text.TrimStart()).LengthInTextElements <= 1, $"line {i} '{line.Text}' overflows");

                // Runs are drawn left to right inside the line and hold the line's text.
                Assert.Equal(line.Text, string.Concat(line.Runs.Select(r => r.Run.Text)));
                Assert.True(line.Runs.Zip(line.Runs.Skip(1)).All(p => p.First.X + p.First.Run.Width <= p.Second.X + 1e-9));
                Assert.Equal(line.IsLast, i == layout.Lines.Count - 1);

                // Lines follow each other in the input, separated only by whitespace.
                var normalised = c.Text.Replace("\r\n", "\n");
                var found = normalised.IndexOf(line.Text, position, StringComparison.Ordinal);
                Assert.True(found >= 0, $"line {i} '{line.Text}' not found after {position}");
                Assert.True(string.IsNullOrWhiteSpace(normalised[position..found]), $"dropped '{normalised[position..found]}'");

                // Only a paragraph's first line or a line after a newline may start with a space.
                if (line.Text.Length > 0 && char.IsWhiteSpace(line.Text[0]))
                    Assert.True(i == 0 || normalised[position..found].Contains('\n'), $"line {i} '{line.Text}' starts with a space");
                gaps.Add(normalised[position..found]);
                position = found + line.Text.Length;

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
                if (!gaps[i + 1].Contains('\n') && line.Text.Contains(' ') && line.Width <= available + 1e-6)
                    Assert.Equal(available, line.Width, 6);
            }

            var visible = new string(c.Text.Where(ch => !char.IsWhiteSpace(ch)).ToArray());
            var laidOut = new string(string.Concat(layout.Lines.Select(l => l.Text)).Where(ch => !char.IsWhiteSpace(ch)).ToArray());
            Assert.Equal(visible, laidOut);
        }, iter: 1000);
    }
}
