using System.Collections.Concurrent;
using HarfBuzzSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace Briefing.Typesetting.Fonts.Shaping;

/// <summary>
/// Shapes text in one face with HarfBuzz: kerning, the font's standard ligatures, mark placement, all that
/// the face's OpenType tables ask for by default. The HarfBuzz font is made once per face (the file is mapped
/// by <see cref="MappedFontFile"/>, not read: HarfBuzzSharp's own Blob.FromFile reads the whole file into
/// memory, 4.6 MB per Korean face) and scaled to font units, so positions come back exact, as <c>hb-shape</c> prints them.
/// </summary>
/// <remarks>
/// A HarfBuzz font is safe to shape with from several threads once nothing changes it; every call gets its own
/// buffer. A variable face is set to its instance's coordinates before anyone shapes with it.
/// </remarks>
internal sealed class HarfBuzzShaper
{
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly Font _font;
    private readonly int _unitsPerEm;
    // Buffers are reused: making and freeing one per run cost a tenth of the layout time.
    private readonly ConcurrentBag<HbBuffer> _buffers = [];

    /// <summary>Opens face <paramref name="index"/> of a font file; <paramref name="variations"/> pins a variable face's axes.</summary>
    public HarfBuzzShaper(string path, int index, IReadOnlyList<(string Axis, float Value)> variations)
    {
        _blob = MappedFontFile.Open(path).CreateBlob();
        _face = new Face(_blob, index);
        _font = new Font(_face);
        int unitsPerEm = _face.UnitsPerEm;
        _font.SetScale(unitsPerEm, unitsPerEm);
        if (variations.Count > 0)
        {
            var settings = new Variation[variations.Count];
            for (int i = 0; i < settings.Length; i++)
                settings[i] = new Variation { Tag = Tag.Parse(variations[i].Axis), Value = variations[i].Value };
            _font.SetVariations(settings);
        }
        _unitsPerEm = unitsPerEm;
    }

    /// <summary>The HarfBuzz face, for the subsetter.</summary>
    internal Face Face => _face;

    /// <summary>
    /// Shapes <paramref name="text"/>[<paramref name="start"/>..<paramref name="start"/>+<paramref name="length"/>)
    /// (the text around it is context only) and appends the glyphs to <paramref name="output"/> from
    /// <paramref name="count"/> on (growing the array when it is full), with clusters as indices into the whole
    /// <paramref name="text"/>; <paramref name="count"/> ends past the last glyph.
    /// </summary>
    /// <remarks>
    /// An array rather than a list: a paragraph's glyphs are kept as they are appended here, and a list would
    /// have to be copied out (32 bytes a glyph, the paragraph's largest allocation).
    /// </remarks>
    public void Shape(string text, int start, int length, ref ShapedGlyph[] output, ref int count)
    {
        if (!_buffers.TryTake(out var buffer))
            buffer = new HbBuffer();
        buffer.Reset();
        // Cluster level 1 (monotone characters) keeps a base and its marks apart in clusters where the font
        // draws them apart, so every character can be given back by the glyph that draws it.
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        buffer.AddUtf16(text, start, length);
        buffer.GuessSegmentProperties();
        _font.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        if (count + infos.Length > output.Length)
            Array.Resize(ref output, Math.Max(count + infos.Length, 2 * output.Length));
        for (int i = 0; i < infos.Length; i++)
        {
            var p = positions[i];
            output[count++] = new ShapedGlyph((int)infos[i].Codepoint, (int)infos[i].Cluster, _unitsPerEm, p.XAdvance, p.XOffset, p.YOffset);
        }
        _buffers.Add(buffer);
    }
}
