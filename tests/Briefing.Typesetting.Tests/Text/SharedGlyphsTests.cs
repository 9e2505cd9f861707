using System.Runtime.InteropServices;
using System.Text;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts.Shaping;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Pdf;
using Briefing.Typesetting.Tests.Samples;
using Briefing.Typesetting.Tests.Support;
using Briefing.Typesetting.Text;
using CsCheck;

namespace Briefing.Typesetting.Tests.Text;

// A paragraph is shaped once; its lines' runs draw slices of that one glyph array (clusters counted from the
// paragraph's start, TextRun.ClusterStart saying where each run begins) instead of copies of their own, which
// a long document's pages kept alive until they were written.
public sealed class SharedGlyphsTests(SampleFonts fonts) : IClassFixture<SampleFonts>
{
    private static readonly TextStyle Body = new() { FontFamily = "Noto Sans, NanumGothic", FontSize = 10 };
    private static readonly TextStyle Big = Body with { FontSize = 14, Weight = 700 };

    private const string Mixed =
        "한국과 캐나다는 2025년 10월 30일 정상회담에서 office finance 협력을 확대하기로 합의했다. " +
        "To AVOID the traffic, both leaders flew in; 양국은 공급망과 에너지 분야에서 \"firefly\" 협력을 이어 간다.";

    private static readonly Gen<string> Token = Gen.OneOf<string>(
        Gen.OneOf<string>("office", "finance", "To", "AV", "Wave", "flight", "affine", "Korea", "Canada", "2025"),
        Gen.OneOf<string>("한국과", "캐나다는", "정상회담", "협력을", "확대하기로", "합의했다"),
        Gen.OneOf<string>(" ", " ", "  ", "\n", "\r\n", ".", ", ", "(", ")", "—", "\u00A0", "\u200B"));

    private static readonly Gen<(string[] Pieces, bool[] BigPieces, double Width)> Case = Gen.Select(
        Token.Array[1, 12].Array[1, 4].Select(pieces => pieces.Select(static (string[] piece) => string.Concat(piece)).ToArray()),
        Gen.Bool.Array[4],
        Gen.Double[15, 400]);

    private ParagraphLayout Lay(IReadOnlyList<TextSpan> spans, double width) =>
        fonts.Typesetter.LayOut(spans, new ParagraphStyle { Alignment = TextAlignment.Justify }, width);

    private static IEnumerable<TextRun> Runs(ParagraphLayout layout) => layout.Lines.SelectMany(l => l.Runs).Select(r => r.Run);

    private static ShapedGlyph[]? ArrayOf(TextRun run) => MemoryMarshal.TryGetArray(run.Glyphs, out var segment) ? segment.Array : null;

    [Fact]
    public void The_runs_of_a_paragraph_draw_slices_of_one_glyph_array()
    {
        // When: a paragraph of two faces broken into several lines, most of them at a space
        var layout = Lay([new TextSpan(Mixed, Body)], 150);

        // Then: every run's glyphs are a window on the same array, spaces kept at the breaks included
        Assert.True(layout.Lines.Count > 4, $"{layout.Lines.Count} lines");
        var runs = Runs(layout).ToList();
        Assert.True(runs.Count > layout.Lines.Count, "the paragraph mixes faces");
        Assert.Contains(runs, run => run.Text.EndsWith(' ') && run.Text.Length > 1);
        var arrays = runs.Select(ArrayOf).Distinct(ReferenceEqualityComparer.Instance).ToList();
        var array = Assert.Single(arrays);
        Assert.NotNull(array);
    }

    [Fact]
    public void Every_run_finds_its_characters_through_its_cluster_start()
    {
        Case.Sample(c =>
        {
            // Given: spans in two sizes and weights (shaped apart), ligatures, kerning, newlines and invisible characters
            var spans = c.Pieces.Select((piece, i) => new TextSpan(piece, c.BigPieces[i] ? Big : Body)).ToArray();
            var text = string.Concat(c.Pieces).Replace("\r\n", "\n", StringComparison.Ordinal);

            // When
            var layout = Lay(spans, c.Width);

            // Then: a run is the paragraph's characters from its cluster start (plus the space a line keeps at a
            // break), and its glyphs' clusters, counted from that start, begin at its first character and stay inside it
            foreach (var line in layout.Lines)
            {
                foreach (var placed in line.Runs)
                {
                    var run = placed.Run;
                    var keptSpace = ReferenceEquals(placed, line.Runs[^1]) && !line.IsLast && run.Text.EndsWith(' ');
                    var own = keptSpace ? run.Text[..^1] : run.Text;
                    Assert.Equal(own, text.Substring(run.ClusterStart, own.Length));
                    var glyphs = run.Glyphs.Span;
                    Assert.False(glyphs.IsEmpty, $"run \"{run.Text}\" has no glyphs");
                    Assert.Equal(0, glyphs[0].Cluster - run.ClusterStart);
                    for (var k = 0; k < glyphs.Length; k++)
                    {
                        var cluster = glyphs[k].Cluster - run.ClusterStart;
                        Assert.InRange(cluster, k == 0 ? 0 : glyphs[k - 1].Cluster - run.ClusterStart, run.Text.Length - 1);
                    }

                    if (keptSpace)
                        Assert.Equal(run.Text.Length - 1, glyphs[^1].Cluster - run.ClusterStart);
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Runs_cut_from_the_middle_of_a_paragraph_read_back_exactly()
    {
        // Given: lines whose runs start deep inside the paragraph (ClusterStart far from 0), with ligatures
        var layout = Lay([new TextSpan(Mixed, Body)], 150);
        Assert.Contains(Runs(layout), run => run.ClusterStart > 50);

        // When
        var commands = new List<DrawCommand> { new DrawCommand.BeginTag(StructureRole.P, null) };
        foreach (var line in layout.Lines)
        {
            foreach (var run in line.Runs)
                commands.Add(new DrawCommand.Text(run.Run, new Point(50 + line.Left + run.X, 100 + line.Top + line.Baseline)));
        }
        commands.Add(new DrawCommand.EndTag());
        var pdf = new PdfDocumentWriter().Write([new PageRecording(Typesetting.Geometry.Size.A4, commands)], SamplePages.Metadata());

        // Then: the PDF's text is the paragraph's, word for word
        var words = PdfTools.PdfToText(pdf).Split((char[])[' ', '\n', '\f', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Mixed.Split(' ', StringSplitOptions.RemoveEmptyEntries), words);
    }
}
