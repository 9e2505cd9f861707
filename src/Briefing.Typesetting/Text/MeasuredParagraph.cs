using System.Globalization;
using System.Text;
using Briefing.Typesetting.Fonts;

namespace Briefing.Typesetting.Text;

/// <summary>
/// A paragraph's text with everything line filling needs, computed once: the normalised characters, the
/// span and face of each, and prefix sums of the advances so any range's width is one subtraction.
/// </summary>
internal sealed class MeasuredParagraph
{
    private MeasuredParagraph(string text, int[] spanOf, IFontFace?[] faceOf, double[] prefix)
    {
        Text = text;
        SpanOf = spanOf;
        FaceOf = faceOf;
        Prefix = prefix;
    }

    /// <summary>The concatenated span texts with "\r\n" and lone "\r" turned into "\n".</summary>
    public string Text { get; }

    /// <summary>The span each UTF-16 unit comes from.</summary>
    public int[] SpanOf { get; }

    /// <summary>The face that draws each unit; null for control and format characters, which are not drawn.</summary>
    public IFontFace?[] FaceOf { get; }

    /// <summary>Prefix[i] is the width in points of Text[0..i); the low surrogate of a pair adds nothing.</summary>
    public double[] Prefix { get; }

    /// <summary>The width in points of Text[start..end).</summary>
    public double Width(int start, int end) => Prefix[end] - Prefix[start];

    /// <summary>Concatenates, normalises and measures <paramref name="spans"/>.</summary>
    public static MeasuredParagraph Measure(IReadOnlyList<TextSpan> spans, IFontSelector fonts)
    {
        // Sized once from the total length (measuring is the layout's largest allocator): "\r\n" only shrinks it.
        var total = 0;
        for (var s = 0; s < spans.Count; s++)
            total += spans[s].Text.Length;
        var builder = new StringBuilder(total);
        var spanOf = new int[total];
        for (var s = 0; s < spans.Count; s++)
        {
            var piece = spans[s].Text;
            for (var i = 0; i < piece.Length; i++)
            {
                var c = piece[i];
                if (c == '\r')
                {
                    if (NextUnitIsLineFeed(spans, s, i))
                        continue;
                    c = '\n';
                }

                spanOf[builder.Length] = s;
                builder.Append(c);
            }
        }

        var text = builder.ToString();
        var n = text.Length;
        if (n < total)
            Array.Resize(ref spanOf, n);
        var faceOf = new IFontFace?[n];
        var prefix = new double[n + 1];

        // Selection is per code point but repeats a lot: cache it for as long as the style stays the same.
        var cache = new Dictionary<int, IFontFace>(Math.Min(n, 128));
        TextStyle? cachedStyle = null;
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                var style = spans[spanOf[i]].Style;
                var face = Select(fonts, style, char.ConvertToUtf32(c, text[i + 1]), text, cache, ref cachedStyle);
                faceOf[i] = face;
                faceOf[i + 1] = face;
                prefix[i + 1] = prefix[i] + face.GetAdvance(char.ConvertToUtf32(c, text[i + 1])) * style.FontSize;
                prefix[i + 2] = prefix[i + 1];
                i++;
                continue;
            }

            if (IsInvisible(c))
            {
                prefix[i + 1] = prefix[i];
                continue;
            }

            {
                var style = spans[spanOf[i]].Style;
                // A space takes the face of the text before it when that face has one (as Firefox does), so
                // the spaces of a Korean sentence set in "Noto Sans, NanumGothic" are Nanum's, as wide as
                // its designer made them, and the sentence stays one run instead of alternating faces.
                var face = c is ' ' or '\u00A0' && i > 0 && spanOf[i - 1] == spanOf[i] && faceOf[i - 1] is { } previous && previous.HasGlyph(c)
                    ? previous
                    : Select(fonts, style, c, text, cache, ref cachedStyle);
                faceOf[i] = face;
                prefix[i + 1] = prefix[i] + face.GetAdvance(c) * style.FontSize;
            }
        }

        return new MeasuredParagraph(text, spanOf, faceOf, prefix);
    }

    /// <summary>
    /// Control and format characters and line/paragraph separators (newlines, tabs, zero-width space,
    /// joiners, U+2028) take no room and are not drawn, so no font needs a glyph for them.
    /// </summary>
    private static bool IsInvisible(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    private static IFontFace Select(
        IFontSelector fonts, TextStyle style, int codePoint, string context,
        Dictionary<int, IFontFace> cache, ref TextStyle? cachedStyle)
    {
        if (!ReferenceEquals(style, cachedStyle) && !style.Equals(cachedStyle))
        {
            cache.Clear();
            cachedStyle = style;
        }

        if (!cache.TryGetValue(codePoint, out var face))
        {
            face = fonts.Select(style, codePoint, context);
            cache[codePoint] = face;
        }

        return face;
    }

    private static bool NextUnitIsLineFeed(IReadOnlyList<TextSpan> spans, int span, int index)
    {
        var piece = spans[span].Text;
        if (index + 1 < piece.Length)
            return piece[index + 1] == '\n';
        for (var s = span + 1; s < spans.Count; s++)
        {
            if (spans[s].Text.Length > 0)
                return spans[s].Text[0] == '\n';
        }

        return false;
    }
}
