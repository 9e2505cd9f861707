using System.Text;
using BenchmarkDotNet.Attributes;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;
using Briefing.Typesetting.Text.LineBreaking;

namespace Briefing.Benchmarks;

/// <summary>(d) 1 MB (UTF-8) of Korean text: break opportunities with keep-all, and paragraph layout.</summary>
[Config(typeof(ShortConfig))]
public class LineBreakBenchmarks
{
    private const double Width = 483; // the A4 text width with 56 pt margins
    private LineBreaker _lineBreaker = null!;
    private Typesetter _typesetter = null!;
    private string _text = "";
    private TextSpan[] _spans = [];
    private readonly ParagraphStyle _style = new() { Alignment = TextAlignment.Justify, LineHeight = 1.6 };

    /// <summary>Makes the text and opens ICU and the fonts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = SampleText.Korean(1 << 20);
        _lineBreaker = new LineBreaker();
        _typesetter = new Typesetter(DefaultFonts.Load());
        _spans = [new TextSpan(_text, new TextStyle { FontFamily = "Noto Sans, NanumGothic", FontSize = 10 })];
        Console.WriteLine($"// text: {_text.Length} chars, {Encoding.UTF8.GetByteCount(_text)} UTF-8 bytes");
    }

    /// <summary>Releases ICU and the fonts.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _lineBreaker.Dispose();
        _typesetter.Dispose();
    }

    /// <summary>UAX #14 break opportunities (ICU) with keep-all applied.</summary>
    [Benchmark]
    public int FindBreaksKeepAll() => _lineBreaker.FindBreaks(_text, keepAll: true).Count;

    /// <summary>The whole text as one paragraph source (its newlines are mandatory breaks), set justified at A4 width.</summary>
    [Benchmark]
    public int LayOutParagraph() => _typesetter.LayOut(_spans, _style, Width).Lines.Count;
}
