namespace Briefing.Typesetting.Fonts.Shaping;

/// <summary>
/// One glyph as the shaper placed it: which glyph of the face, which characters it stands for, and how far it
/// moves the pen. Positions are kept in the font's own units, as HarfBuzz gives them (its scale set to the
/// face's units per em), and read in em (multiply by the font size to get points).
/// </summary>
/// <remarks>
/// Twenty bytes a glyph rather than the 32 of an id, a cluster and three doubles: a paragraph's glyphs are kept
/// until its pages are written (its runs draw slices of them), so they were most of what a long document's
/// pages held, and of what each garbage collection during its layout had to copy. The em values are exactly
/// those computed before (units times one over the units per em).
/// </remarks>
public readonly struct ShapedGlyph : IEquatable<ShapedGlyph>
{
    private readonly int _cluster;
    private readonly ushort _glyphId;
    private readonly ushort _unitsPerEm;
    private readonly int _advance;
    private readonly int _xOffset;
    private readonly int _yOffset;

    /// <summary>Creates a glyph; <paramref name="advance"/> and the offsets are in font units.</summary>
    /// <param name="glyphId">The glyph id in the face's font file (0 to 65535).</param>
    /// <param name="cluster">See <see cref="Cluster"/>.</param>
    /// <param name="unitsPerEm">The face's units per em (head table; 16 to 16384 in a valid font).</param>
    /// <param name="advance">How far the pen moves after the glyph, in font units, kerning included.</param>
    /// <param name="xOffset">How far the glyph is drawn right of the pen, in font units.</param>
    /// <param name="yOffset">How far the glyph is drawn above the baseline, in font units.</param>
    public ShapedGlyph(int glyphId, int cluster, int unitsPerEm, int advance, int xOffset, int yOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(glyphId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(glyphId, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(unitsPerEm, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(unitsPerEm, ushort.MaxValue);
        _glyphId = (ushort)glyphId;
        _cluster = cluster;
        _unitsPerEm = (ushort)unitsPerEm;
        _advance = advance;
        _xOffset = xOffset;
        _yOffset = yOffset;
    }

    /// <summary>The glyph id in the face's font file.</summary>
    public int GlyphId => _glyphId;

    /// <summary>
    /// The index of the first character of the cluster the glyph belongs to (in a run, counted as its
    /// <see cref="Drawing.TextRun.ClusterStart"/> says). Glyphs come in text order; a ligature (one glyph for
    /// "fi") has the index of its first character, and every glyph of a cluster that several glyphs draw (a
    /// base and its mark) has the same index.
    /// </summary>
    public int Cluster => _cluster;

    /// <summary>The face's units per em, in which <see cref="AdvanceUnits"/> is counted.</summary>
    public int UnitsPerEm => _unitsPerEm;

    /// <summary>How far the pen moves after the glyph, in font units.</summary>
    public int AdvanceUnits => _advance;

    /// <summary>How far the glyph is drawn right of the pen, in font units (0 for nearly every glyph).</summary>
    public int XOffsetUnits => _xOffset;

    /// <summary>How far the glyph is drawn above the baseline, in font units (0 for nearly every glyph).</summary>
    public int YOffsetUnits => _yOffset;

    /// <summary>How far the pen moves after the glyph, in em: the glyph's width plus any kerning.</summary>
    public double Advance => _advance * (1.0 / _unitsPerEm);

    /// <summary>How far the glyph is drawn right of the pen, in em (a mark placed over its base).</summary>
    public double XOffset => _xOffset * (1.0 / _unitsPerEm);

    /// <summary>How far the glyph is drawn above the baseline, in em.</summary>
    public double YOffset => _yOffset * (1.0 / _unitsPerEm);

    /// <summary>The same glyph in cluster <paramref name="cluster"/>.</summary>
    public ShapedGlyph WithCluster(int cluster) => new(_glyphId, cluster, _unitsPerEm, _advance, _xOffset, _yOffset);

    /// <summary>Whether both are the same glyph, cluster and position (compared in font units).</summary>
    public static bool operator ==(ShapedGlyph left, ShapedGlyph right) => left.Equals(right);

    /// <summary>Whether the glyphs differ in any way.</summary>
    public static bool operator !=(ShapedGlyph left, ShapedGlyph right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ShapedGlyph other) =>
        _cluster == other._cluster && _glyphId == other._glyphId && _unitsPerEm == other._unitsPerEm
        && _advance == other._advance && _xOffset == other._xOffset && _yOffset == other._yOffset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ShapedGlyph other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_cluster, _glyphId, _unitsPerEm, _advance, _xOffset, _yOffset);

    /// <inheritdoc />
    public override string ToString() => $"glyph {GlyphId} @{Cluster}: {_advance}/{_unitsPerEm} ({_xOffset}, {_yOffset})";
}
