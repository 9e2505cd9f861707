using System.Globalization;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;

namespace Briefing.Composition;

/// <summary>
/// Text on one line whatever its length: cut after its last whole word that fits, with an ellipsis, in the
/// width it is given. Page furniture has a height fixed before the pages are known, so a running title as
/// long as a sentence may not wrap onto a second line there (the layout would fail on page 2).
/// </summary>
internal sealed class FittedLine(Typesetter typesetter, string text, TextStyle style, ParagraphStyle paragraphStyle) : Element
{
    private const string Ellipsis = "\u2026";

    /// <inheritdoc />
    public override SpacePlan Measure(Size available, PageContext page) => Fitted(available.Width).Measure(available, page);

    /// <inheritdoc />
    public override void Draw(Size available, DrawingContext context) => Fitted(available.Width).Draw(available, context);

    // Recomputed on every call rather than kept: an element never changes, and furniture is a few lines a page.
    private Element Fitted(double width) => typesetter.Paragraph(Cut(width), style, paragraphStyle, role: null);

    private string Cut(double width)
    {
        var layout = Lay(text, width);
        if (layout.Lines.Count <= 1)
            return text;

        // The first line holds at most what fits; drop whole words (or, in one long word, letters) until the
        // words with the ellipsis fit on one line.
        var kept = layout.Lines[0].Text.TrimEnd();
        while (kept.Length > 0)
        {
            var candidate = kept + Ellipsis;
            if (Lay(candidate, width).Lines.Count == 1)
                return candidate;
            var space = kept.LastIndexOf(' ');
            kept = space > 0
                ? kept[..space].TrimEnd()
                : kept[..StringInfo.ParseCombiningCharacters(kept)[^1]];
        }
        return Ellipsis;
    }

    private ParagraphLayout Lay(string value, double width) => typesetter.LayOut([new TextSpan(value, style)], paragraphStyle, width);
}
