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
/// Acceptable: lines or a PDF; a <see cref="MissingGlyphException"/> only when some character is indeed
/// covered by no font of the chain; a <see cref="LayoutException"/> (content that fits no page) only on
/// pages or widths smaller than a line. Anything else is a finding.
/// </summary>
internal sealed class LayoutTarget(Guard guard) : IFuzzTarget
{
    private static readonly string[] Families =
    [
        "Noto Sans, NanumGothic", "NanumGothic, Noto Sans", "Noto Serif, NanumMyeongjo", "NanumMyeongjo, Noto Serif", "Noto Sans", "NanumGothic",
    ];

    private long _laidOut;
    private long _pdfs;
    private long _missingGlyphs;
    private long _tooSmall;

    public string Outcomes => $"{_laidOut} laid out, {_pdfs} PDFs, {_missingGlyphs} missing glyph, {_tooSmall} too small for a page";

    public string? Run(FuzzOptions options)
    {
        var fonts = DefaultFonts.Load();
        using var typesetter = new Typesetter(fonts);
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
        var span = Gen.Select(Gen.Frequency((4, Texts.Coverable), (1, Texts.Hostile)), style);
        var gen = Gen.Select(span.Array[1, 4], paragraph, Gen.Double[0.5, 700], Gen.Double[20, 900], Gen.Int[0, 3]);
        string? failure = null;
        try
        {
            gen.Sample((spans, paragraphStyle, width, pageHeight, choice) =>
            {
                var textSpans = spans.Select(s => new TextSpan(s.Item1, s.Item2)).ToArray();
                var input = Describe(textSpans, paragraphStyle, width, pageHeight);
                guard.Begin(input);
                try
                {
                    Run(typesetter, fonts, textSpans, paragraphStyle, width, pageHeight, writePdf: choice == 0);
                }
                catch (Exception)
                {
                    if (failure is null || input.Length < failure.Length)
                    {
                        failure = input;
                    }

                    throw;
                }
                finally
                {
                    guard.End();
                }
            }, seed: options.Seed, time: options.Seconds, threads: 1, iter: int.MaxValue, print: _ => "(input saved under findings/)");
        }
        catch (Exception e)
        {
            var saved = failure is null ? "" : $" (input saved to {Guard.Save("layout", failure)})";
            return e.Message.Split('\n')[0] + saved + "\n" + e;
        }

        return null;
    }

    private void Run(Typesetter typesetter, FontLibrary fonts, TextSpan[] spans, ParagraphStyle paragraphStyle, double width, double pageHeight, bool writePdf)
    {
        try
        {
            var layout = typesetter.LayOut(spans, paragraphStyle, width);
            if (layout.Lines.Count == 0 && spans.Any(s => s.Text.Any(c => !char.IsWhiteSpace(c) && !char.IsControl(c))))
            {
                // Text with visible characters must give at least one line (nothing silently dropped).
                throw new InvalidOperationException("visible text gave no line");
            }

            _laidOut++;
            if (!writePdf)
            {
                return;
            }

            var body = Blocks.Column(column =>
            {
                foreach (var span in spans)
                {
                    column.Item(typesetter.Paragraph(span.Text, span.Style, paragraphStyle));
                }
            });
            var document = new Document
            {
                Page = new PageSetup(new Briefing.Typesetting.Geometry.Size(width + 20, pageHeight), Thickness.All(10)),
                Body = body,
                Metadata = new DocumentMetadata { Title = spans[0].Text.Length > 200 ? spans[0].Text[..200] : spans[0].Text },
            };
            var pdf = document.GeneratePdf();
            if (pdf.Length < 8 || pdf[0] != '%' || pdf[1] != 'P')
            {
                throw new InvalidOperationException("the PDF does not start with %PDF");
            }

            _pdfs++;
        }
        catch (MissingGlyphException e)
        {
            if (Covered(fonts, spans))
            {
                throw new InvalidOperationException("MissingGlyphException although every character is covered: " + e.Message, e);
            }

            _missingGlyphs++;
        }
        catch (LayoutException)
        {
            _tooSmall++;
        }
    }

    private static bool Covered(FontLibrary fonts, TextSpan[] spans)
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

                var found = false;
                foreach (var family in span.Style.Families)
                {
                    if (fonts.FindFace(family, span.Style.Weight, span.Style.Italic) is { } face && face.HasGlyph(code))
                    {
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Describe(TextSpan[] spans, ParagraphStyle paragraph, double width, double pageHeight)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"width {width}, page height {pageHeight}, {paragraph}\n");
        foreach (var span in spans)
        {
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"{span.Style}\n");
            foreach (var rune in span.Text)
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"{(int)rune:X4} ");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }
}
