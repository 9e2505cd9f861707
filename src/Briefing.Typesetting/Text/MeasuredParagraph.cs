using System.Globalization;
using System.Text;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Fonts.Shaping;

namespace Briefing.Typesetting.Text;

/// <summary>
/// A paragraph's text with everything line filling needs, computed once: the normalised characters, the
/// span and face of each, the shaped glyphs, and prefix sums of the shaped advances so any range's width is
/// one subtraction.
/// </summary>
/// <remarks>
/// The text is shaped once, in runs of one face, one size and one script (<see cref="ScriptClass"/>), and each
/// glyph's advance (kerning included) is counted at the first character of its cluster; a line is then a
/// slice of these glyphs. Kerning across a line break is not undone: the pair's adjustment stays with the
/// last glyph of the line, where nothing follows it.
/// </remarks>
internal sealed class MeasuredParagraph
{
    private readonly bool[] _insideCluster;
    // Per unit: its span (null when the paragraph is one span), and its face as an index into _faces plus one
    // (0: not drawn). Two bytes a unit rather than an eight-byte reference: measuring is most of what a layout
    // allocates, and all of it is garbage once the paragraph is drawn.
    private readonly int[]? _spanOf;
    private readonly ushort[] _faceOf;
    private readonly IFontFace[] _faces;

    private MeasuredParagraph(string text, int[]? spanOf, ushort[] faceOf, IFontFace[] faces, double[] prefix, ReadOnlyMemory<ShapedGlyph> glyphs, int[] firstGlyph, bool[] insideCluster)
    {
        _insideCluster = insideCluster;
        _spanOf = spanOf;
        _faceOf = faceOf;
        _faces = faces;
        Text = text;
        Prefix = prefix;
        Glyphs = glyphs;
        FirstGlyph = firstGlyph;
    }

    /// <summary>The concatenated span texts with "\r\n" and lone "\r" turned into "\n".</summary>
    public string Text { get; }

    /// <summary>The span Text[i] comes from.</summary>
    public int SpanAt(int i) => _spanOf is null ? 0 : _spanOf[i];

    /// <summary>The face that draws Text[i]; null for control and format characters, which are not drawn.</summary>
    public IFontFace? FaceAt(int i) => _faceOf[i] == 0 ? null : _faces[_faceOf[i] - 1];

    /// <summary>Whether Text[i] and Text[j] are drawn by the same face (or both by none).</summary>
    public bool SameFace(int i, int j) => _faceOf[i] == _faceOf[j];

    /// <summary>Prefix[i] is the width in points of Text[0..i); the low surrogate of a pair adds nothing.</summary>
    public double[] Prefix { get; }

    /// <summary>
    /// The shaped glyphs of the whole paragraph in text order, clusters as indices into <see cref="Text"/>.
    /// Characters drawn by a face that cannot be shaped (a test's stand-in) and invisible ones have none.
    /// The runs of the paragraph's lines draw slices of this memory, not copies (see <see cref="Drawing.TextRun.ClusterStart"/>).
    /// </summary>
    public ReadOnlyMemory<ShapedGlyph> Glyphs { get; }

    /// <summary>FirstGlyph[i] is the index in <see cref="Glyphs"/> of the first glyph whose cluster is at or after i.</summary>
    public int[] FirstGlyph { get; }

    /// <summary>The width in points of Text[start..end).</summary>
    public double Width(int start, int end) => Prefix[end] - Prefix[start];

    /// <summary>
    /// Whether a line may end before Text[i]: false inside a cluster that one glyph draws for several
    /// characters (a ligature), which cannot be cut in two.
    /// </summary>
    public bool IsClusterBoundary(int i) => i <= 0 || i >= Text.Length || !_insideCluster[i];

    /// <summary>Concatenates, normalises and measures <paramref name="spans"/>.</summary>
    public static MeasuredParagraph Measure(IReadOnlyList<TextSpan> spans, IFontSelector fonts)
    {
        var (text, spanOf) = Concatenate(spans);
        var n = text.Length;
        var faceOf = new ushort[n];
        var faces = new FaceTable();
        // First each character's own width (plain advance) at [i + 1]; shaping replaces those of shaped runs,
        // and a running sum turns the array into prefix sums at the end.
        var prefix = new double[n + 1];

        // Selection is per code point but repeats a lot: cache it for as long as the style stays the same.
        // On the stack: a dictionary per paragraph was the largest object a layout allocated.
        var cache = new FaceCache();
        cache.Clear();
        TextStyle? cachedStyle = null;
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                var style = spans[SpanAt(spanOf, i)].Style;
                var face = Select(fonts, style, char.ConvertToUtf32(c, text[i + 1]), text, ref cache, ref cachedStyle);
                faceOf[i] = faceOf[i + 1] = faces.IndexOf(face);
                prefix[i + 1] = face.GetAdvance(char.ConvertToUtf32(c, text[i + 1])) * style.FontSize;
                i++;
                continue;
            }

            if (IsInvisible(c))
                continue;

            {
                var style = spans[SpanAt(spanOf, i)].Style;
                // A space takes the face of the text before it when that face has one (as Firefox does), so
                // the spaces of a Korean sentence set in "Noto Sans, NanumGothic" are Nanum's, as wide as
                // its designer made them, and the sentence stays one run instead of alternating faces.
                var face = c is ' ' or '\u00A0' && i > 0 && SpanAt(spanOf, i - 1) == SpanAt(spanOf, i) && faces.At(faceOf[i - 1]) is { } previous && previous.HasGlyph(c)
                    ? previous
                    : Select(fonts, style, c, text, ref cache, ref cachedStyle);
                faceOf[i] = faces.IndexOf(face);
                prefix[i + 1] = face.GetAdvance(c) * style.FontSize;
            }
        }

        var insideCluster = new bool[n];
        var glyphs = Shape(text, spans, spanOf, faceOf, faces, prefix, insideCluster);
        for (var i = 0; i < n; i++)
            prefix[i + 1] += prefix[i];

        var firstGlyph = new int[n + 1];
        var shaped = glyphs.Span;
        var g = 0;
        for (var i = 0; i <= n; i++)
        {
            while (g < shaped.Length && shaped[g].Cluster < i)
                g++;
            firstGlyph[i] = g;
        }

        return new MeasuredParagraph(text, spanOf, faceOf, faces.ToArray(), prefix, glyphs, firstGlyph, insideCluster);
    }

    /// <summary>
    /// Shapes every run of one face, size and script, and puts each cluster's shaped width (in points) in
    /// place of its characters' plain widths in <paramref name="widths"/> (at [i + 1] for character i); marks
    /// in <paramref name="insideCluster"/> the characters that no glyph starts (the second letter of a ligature).
    /// </summary>
    private static ReadOnlyMemory<ShapedGlyph> Shape(
        string text, IReadOnlyList<TextSpan> spans, int[]? spanOf, ushort[] faceOf, FaceTable faces, double[] widths, bool[] insideCluster)
    {
        var n = text.Length;
        // Most characters are one glyph: sized so, the array is kept as it is (a ligature leaves its tail unused).
        var glyphs = n == 0 ? [] : new ShapedGlyph[n];
        var count = 0;
        var i = 0;
        while (i < n)
        {
            if (faces.At(faceOf[i]) is not TrueTypeFace face)
            {
                i++;
                continue;
            }

            var start = i;
            var size = spans[SpanAt(spanOf, start)].Style.FontSize;
            var script = ScriptClass.Common;
            // Spans of one face and size are shaped together: a link or a colour change inside a word keeps its kerning.
            while (i < n && faceOf[i] == faceOf[start] && spans[SpanAt(spanOf, i)].Style.FontSize.Equals(size))
            {
                var cp = char.IsHighSurrogate(text[i]) && i + 1 < n ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
                var cls = ScriptClass.Of(cp);
                if (cls != ScriptClass.Common)
                {
                    if (script != ScriptClass.Common && cls != script)
                        break;
                    script = cls;
                }
                i += cp > 0xFFFF ? 2 : 1;
            }

            var first = count;
            face.Shaper.Shape(text, start, i - start, ref glyphs, ref count);
            for (var k = start; k < i; k++)
            {
                widths[k + 1] = 0;
                insideCluster[k] = k > start;
            }
            for (var k = first; k < count; k++)
            {
                widths[glyphs[k].Cluster + 1] += glyphs[k].Advance * size;
                insideCluster[glyphs[k].Cluster] = false;
            }
        }

        return glyphs.AsMemory(0, count);
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
        ref FaceCache cache, ref TextStyle? cachedStyle)
    {
        if (!ReferenceEquals(style, cachedStyle) && !style.Equals(cachedStyle))
        {
            cache.Clear();
            cachedStyle = style;
        }

        var slot = codePoint & (FaceCache.Size - 1);
        if (cache.CodePoints[slot] == codePoint && cache.Faces[slot] is { } face)
            return face;
        face = fonts.Select(style, codePoint, context);
        cache.CodePoints[slot] = codePoint;
        cache.Faces[slot] = face;
        return face;
    }

    /// <summary>
    /// The concatenated span texts with "\r\n" and lone "\r" turned into "\n", and the span of each unit. Text
    /// without a carriage return is joined as it is (a single span's own string is kept, not copied).
    /// </summary>
    private static (string Text, int[]? SpanOf) Concatenate(IReadOnlyList<TextSpan> spans)
    {
        var total = 0;
        var carriageReturn = false;
        for (var s = 0; s < spans.Count; s++)
        {
            total += spans[s].Text.Length;
            carriageReturn |= spans[s].Text.Contains('\r', StringComparison.Ordinal);
        }

        if (!carriageReturn && spans.Count == 1)
            return (spans[0].Text, null);

        var spanOf = new int[total];
        if (!carriageReturn)
        {
            var at = 0;
            for (var s = 0; s < spans.Count; s++)
            {
                var length = spans[s].Text.Length;
                spanOf.AsSpan(at, length).Fill(s);
                at += length;
            }

            var joined = string.Create(total, spans, static (chars, parts) =>
            {
                var at = 0;
                for (var s = 0; s < parts.Count; s++)
                {
                    parts[s].Text.CopyTo(chars[at..]);
                    at += parts[s].Text.Length;
                }
            });
            return (joined, spanOf);
        }

        // Sized once from the total length: "\r\n" only shrinks it.
        var builder = new StringBuilder(total);
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
        if (text.Length < total)
            Array.Resize(ref spanOf, text.Length);
        return (text, spanOf);
    }

    private static int SpanAt(int[]? spanOf, int i) => spanOf is null ? 0 : spanOf[i];

    /// <summary>The distinct faces of one paragraph (a handful), numbered from 1 in the order they first draw.</summary>
    private sealed class FaceTable
    {
        private readonly List<IFontFace> _faces = new(4);
        private int _last = -1;

        /// <summary>The number of <paramref name="face"/>, added when new.</summary>
        public ushort IndexOf(IFontFace face)
        {
            if (_last >= 0 && ReferenceEquals(_faces[_last], face))
                return (ushort)(_last + 1);
            var k = 0;
            while (k < _faces.Count && !ReferenceEquals(_faces[k], face))
                k++;
            if (k == _faces.Count)
            {
                if (k == ushort.MaxValue)
                    throw new InvalidOperationException($"A paragraph drew with more than {ushort.MaxValue - 1} faces.");
                _faces.Add(face);
            }

            _last = k;
            return (ushort)(k + 1);
        }

        /// <summary>The face numbered <paramref name="index"/>, or null for 0.</summary>
        public IFontFace? At(ushort index) => index == 0 ? null : _faces[index - 1];

        public IFontFace[] ToArray() => [.. _faces];
    }

    /// <summary>
    /// The faces last selected, by code point modulo <see cref="Size"/>: a small direct-mapped cache that lives on
    /// the measuring method's stack. A miss costs one <see cref="IFontSelector.Select"/>, which is itself cheap.
    /// </summary>
    private struct FaceCache
    {
        public const int Size = 64;
        public CodePointSlots CodePoints;
        public FaceSlots Faces;

        public void Clear()
        {
            ((Span<int>)CodePoints).Fill(-1);
            ((Span<IFontFace?>)Faces).Clear();
        }
    }

    [System.Runtime.CompilerServices.InlineArray(FaceCache.Size)]
    private struct CodePointSlots
    {
        private int _first;
    }

    [System.Runtime.CompilerServices.InlineArray(FaceCache.Size)]
    private struct FaceSlots
    {
        private IFontFace? _first;
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
