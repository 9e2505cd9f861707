using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;
using CsCheck;

namespace Briefing.Fuzz;

/// <summary>
/// Text layout through the real fonts: hostile Unicode of random length in random fonts, sizes, widths
/// and page sizes, laid out as a paragraph and (every fourth case) paginated and written as a PDF.
/// Acceptable: lines, and a PDF that <see cref="PdfOracle"/> accepts; a <see cref="MissingGlyphException"/>
/// only when some character is indeed covered by no font of the chain; a <see cref="LayoutException"/>
/// only when a line of some paragraph is taller than the page's content area or wider than the text
/// width, or when there are more lines than the page cap could ever need. Anything else is a finding.
/// </summary>
internal sealed class LayoutTarget : IFuzzTarget
{
    private const double Margin = 10;
    private const double Epsilon = 1e-6;

    private static readonly string[] Families =
    [
        "Noto Sans, NanumGothic", "NanumGothic, Noto Sans", "Noto Serif, NanumMyeongjo", "NanumMyeongjo, Noto Serif", "Noto Sans", "NanumGothic",
    ];

    private readonly FontLibrary _fonts = DefaultFonts.Load();
    private readonly Typesetter _typesetter;
    private readonly Gen<LayoutCase> _gen;
    private readonly PdfOracle _oracle;
    private long _laidOut;
    private long _pdfs;
    private long _missingGlyphs;
    private long _tooSmall;

    public LayoutTarget()
    {
        _typesetter = new Typesetter(_fonts);
        _oracle = new PdfOracle();
        var style = Gen.Select(Gen.Frequency((6, Gen.Int[0, 3]), (1, Gen.Int[4, 5])), Gen.Double[1, 72], Gen.Bool, Gen.Bool)
            .Select((family, size, bold, italic) => new TextStyle
            {
                FontFamily = Families[family], FontSize = Math.Round(size, 1), Weight = bold ? 700 : 400, Italic = italic,
            });
        var paragraph = Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.Double[0, 30])
            .Select((alignment, keepAll, indent) => new ParagraphStyle
            {
                Alignment = (TextAlignment)(alignment % Enum.GetValues<TextAlignment>().Length), KeepAll = keepAll, FirstLineIndent = indent,
            });
        var span = Gen.Select(Gen.Frequency((4, Texts.Coverable), (1, Texts.Hostile)), style).Select((text, s) => new TextSpan(text, s));
        _gen = Gen.Select(span.Array[1, 4], paragraph, Gen.Double[0.5, 700], Gen.Double[20, 900], Gen.Int[0, 3])
            .Select((spans, p, width, pageHeight, choice) => new LayoutCase(spans, p, width, pageHeight, WritePdf: choice == 0));
    }

    public string Name => "layout";

    public string Outcomes => $"{_laidOut} laid out, {_pdfs} PDFs checked, {_missingGlyphs} missing glyph, {_tooSmall} too small for a line";

    public byte[] Generate(PCG pcg) => _gen.Generate(pcg, null, out _).ToBytes();

    public void Check(byte[] input)
    {
        var c = LayoutCase.Parse(input);
        try
        {
            var layout = _typesetter.LayOut(c.Spans, c.Paragraph, c.Width);
            if (layout.Lines.Count == 0 && c.Spans.Any(s => s.Text.Any(ch => !char.IsWhiteSpace(ch) && !char.IsControl(ch))))
            {
                // Text with visible characters must give at least one line (nothing silently dropped).
                throw new InvalidOperationException("visible text gave no line");
            }

            _laidOut++;
            if (!c.WritePdf)
            {
                return;
            }

            // One tree, laid out twice: once for the page count, once inside GeneratePdf (elements are not spent).
            var document = Document(c);
            var pages = document.LayOut().Count;
            _oracle.Check(document.GeneratePdf(), pages, c.Spans.Select(s => s.Text));
            _pdfs++;
        }
        catch (MissingGlyphException e)
        {
            if (Covered(c.Spans))
            {
                throw new InvalidOperationException("MissingGlyphException although every character is covered: " + e.Message, e);
            }

            _missingGlyphs++;
        }
        catch (LayoutException e)
        {
            if (!TooSmallForALine(c, out var lines) && !(e.Reason.Contains("pages", StringComparison.Ordinal) && lines > new DocumentLayouter(Setup(c)).MaxPages))
            {
                throw new InvalidOperationException(
                    $"LayoutException although every line fits the page ({c.Width:0.##} wide, {c.PageHeight - (2 * Margin):0.##} high) and {lines} lines fit the page cap: {e.Message}", e);
            }

            _tooSmall++;
        }
    }

    private Document Document(LayoutCase c) => new()
    {
        Page = Setup(c),
        Body = Blocks.Column(column =>
        {
            foreach (var span in c.Spans)
            {
                column.Item(_typesetter.Paragraph(span.Text, span.Style, c.Paragraph));
            }
        }),
        Metadata = new DocumentMetadata { Title = c.Spans[0].Text.Length > 200 ? c.Spans[0].Text[..200] : c.Spans[0].Text },
    };

    private static PageSetup Setup(LayoutCase c) => new(new Briefing.Typesetting.Geometry.Size(c.Width + (2 * Margin), c.PageHeight), Thickness.All(Margin));

    /// <summary>Whether some line of some paragraph, laid out alone at the text width, is taller or wider than the content area.</summary>
    private bool TooSmallForALine(LayoutCase c, out long lines)
    {
        lines = 0;
        var tooSmall = false;
        foreach (var span in c.Spans)
        {
            foreach (var line in _typesetter.LayOut([span], c.Paragraph, c.Width).Lines)
            {
                lines++;
                tooSmall |= line.Height > c.PageHeight - (2 * Margin) + Epsilon || line.Left + line.Width > c.Width + Epsilon;
            }
        }

        return tooSmall;
    }

    private bool Covered(IReadOnlyList<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            for (var i = 0; i < span.Text.Length; i++)
            {
                var c = span.Text[i];
                if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < span.Text.Length && char.IsLowSurrogate(span.Text[i + 1])))
                {
                    return false; // a lone surrogate is no character at all
                }

                var code = char.ConvertToUtf32(span.Text, i);
                if (code > 0xFFFF)
                {
                    i++;
                }

                var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(code);
                if (category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)
                {
                    continue;
                }

                if (!span.Style.Families.Any(family => _fonts.FindFace(family, span.Style.Weight, span.Style.Italic) is { } face && face.HasGlyph(code)))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
