using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefing.Typesetting.Tests.Support;

namespace Briefing.Tests.Outside;

/// <summary>One line as MuPDF reads it back: its text (a line broken at a space keeps that space at its end), where it sits, and its fonts.</summary>
internal sealed record StextLine(int Page, double Top, double Bottom, double Left, string Text, IReadOnlyList<string> Fonts);

/// <summary>
/// A PDF's lines as MuPDF (<c>mutool draw -F stext</c>, Debian mupdf-tools) reads them back, page by page, and
/// which of them are page furniture: a line that comes back at the same height with the same words (page
/// numbers aside) on most pages is a header or a footer, whatever the frame draws there.
/// </summary>
internal static partial class StextPages
{
    /// <summary>Every line of every page, in MuPDF's reading order.</summary>
    public static IReadOnlyList<StextLine> Lines(byte[] pdf)
    {
        var result = PdfTools.RunOnFile(pdf, "mutool", "draw", "-q", "-F", "stext", "-o", "-", "{file}");
        Assert.True(result.ExitCode == 0, "mutool draw failed: " + result.Error);
        var lines = new List<StextLine>();
        var number = 0;
        foreach (var page in XDocument.Parse(result.Output).Descendants("page"))
        {
            number++;
            foreach (var line in page.Descendants("line"))
            {
                var box = ((string)line.Attribute("bbox")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
                var text = string.Concat(line.Descendants("char").Select(c => (string)c.Attribute("c")!));
                var fonts = line.Elements("font").Select(f => (string)f.Attribute("name")!).Distinct().ToList();
                lines.Add(new StextLine(number, box[1], box[3], box[0], text, fonts));
            }
        }
        return lines;
    }

    /// <summary>The lines that are no page furniture (see the class summary).</summary>
    public static IReadOnlyList<StextLine> Body(IReadOnlyList<StextLine> lines)
    {
        var pages = lines.Select(l => l.Page).Distinct().Count();
        if (pages < 3)
            return lines;
        var furniture = lines
            .GroupBy(Key)
            .Where(g => g.Select(l => l.Page).Distinct().Count() * 2 >= pages)
            .Select(g => g.Key)
            .ToHashSet();
        return lines.Where(l => !furniture.Contains(Key(l))).ToList();
    }

    private static (int, string) Key(StextLine line) => ((int)Math.Round(line.Top), Digits().Replace(line.Text.Trim(), "#"));

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
