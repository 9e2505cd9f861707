using System.Globalization;
using System.Text;
using Briefing.Typesetting.Text;

namespace Briefing.Fuzz;

/// <summary>
/// One case of the layout target: spans of text in their styles, a paragraph style, the text width and
/// the page height, and whether to write a PDF. Saved as lines of text (the corpus's format), with every
/// UTF-16 code unit in hex so that lone surrogates and controls survive.
/// </summary>
internal sealed record LayoutCase(IReadOnlyList<TextSpan> Spans, ParagraphStyle Paragraph, double Width, double PageHeight, bool WritePdf)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public byte[] ToBytes()
    {
        var text = new StringBuilder();
        text.Append(Invariant, $"width {Width:R}\npage-height {PageHeight:R}\nalignment {(int)Paragraph.Alignment}\n");
        text.Append(Invariant, $"keep-all {Paragraph.KeepAll}\nindent {Paragraph.FirstLineIndent:R}\npdf {WritePdf}\n");
        foreach (var span in Spans)
        {
            var s = span.Style;
            text.Append(Invariant, $"span {s.FontSize:R} | {s.Weight} | {s.Italic} | {s.FontFamily} |");
            foreach (var unit in span.Text)
            {
                text.Append(Invariant, $" {(int)unit:X4}");
            }

            text.Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static LayoutCase Parse(byte[] bytes)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var spans = new List<TextSpan>();
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var (key, value) = space < 0 ? (line, "") : (line[..space], line[(space + 1)..]);
            if (key != "span")
            {
                values[key] = value;
                continue;
            }

            var parts = value.Split('|');
            var units = parts[4].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(u => (char)int.Parse(u, NumberStyles.HexNumber, Invariant));
            spans.Add(new TextSpan(new string([.. units]), new TextStyle
            {
                FontSize = double.Parse(parts[0], Invariant),
                Weight = int.Parse(parts[1], Invariant),
                Italic = bool.Parse(parts[2].Trim()),
                FontFamily = parts[3].Trim(),
            }));
        }

        var paragraph = new ParagraphStyle
        {
            Alignment = (TextAlignment)int.Parse(values["alignment"], Invariant),
            KeepAll = bool.Parse(values["keep-all"]),
            FirstLineIndent = double.Parse(values["indent"], Invariant),
        };
        return new LayoutCase(spans, paragraph, double.Parse(values["width"], Invariant), double.Parse(values["page-height"], Invariant), bool.Parse(values["pdf"]));
    }
}
