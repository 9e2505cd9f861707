namespace Briefing.Typesetting.Fonts.Subsetting;

/// <summary>
/// A TrueType file holding some glyphs of a <see cref="FontProgram"/>, renumbered: new glyph 0 is the
/// original .notdef, then the requested glyphs in ascending original id, then the composite components
/// they need in ascending original id.
/// </summary>
internal sealed class FontSubset
{
    private readonly int[] _originals;
    private readonly int _requestedEnd;
    private readonly int[]? _cids;

    /// <param name="data">The complete TrueType file.</param>
    /// <param name="originals">Original glyph id by new glyph id.</param>
    /// <param name="requestedEnd">One past the last new id of the requested section (both sections are sorted).</param>
    /// <param name="cids">For a CID-keyed CFF, the CID of each new glyph id (its charset); null when CIDs are glyph ids.</param>
    public FontSubset(byte[] data, int[] originals, int requestedEnd, int[]? cids = null)
    {
        _cids = cids;
        Data = data;
        _originals = originals;
        _requestedEnd = requestedEnd;
    }

    /// <summary>The complete TrueType file, ready for a FontFile2 stream.</summary>
    public byte[] Data { get; }

    /// <summary>How many glyphs the subset holds (numGlyphs of its 'maxp').</summary>
    public int Count => _originals.Length;

    /// <summary>The new glyph id (the CID under Identity CIDToGIDMap) of an original glyph id.</summary>
    public int NewGlyphId(int originalGlyphId)
    {
        int found = Find(_originals, _requestedEnd, originalGlyphId);
        if (found < 0)
            throw new ArgumentException($"Glyph {originalGlyphId} is not in this subset.", nameof(originalGlyphId));
        return found;
    }

    /// <summary>The CID a PDF shows a new glyph id with: the glyph id itself, or a CID-keyed CFF's CID for it.</summary>
    public int Cid(int newGlyphId) => _cids is null ? newGlyphId : _cids[newGlyphId];

    /// <summary>Whether CIDs differ from glyph ids (a CID-keyed CFF).</summary>
    public bool CidKeyed => _cids is not null;

    /// <summary>The original glyph id of a new glyph id.</summary>
    public int OriginalGlyphId(int newGlyphId) => _originals[newGlyphId];

    /// <summary>The new id of an original glyph id in a subset's order, or -1 when absent.</summary>
    internal static int Find(int[] originals, int requestedEnd, int originalGlyphId)
    {
        if (originalGlyphId == 0)
            return 0;
        // Two sorted runs: the requested glyphs, then the components; a binary search in each avoids a map.
        int found = Array.BinarySearch(originals, 1, requestedEnd - 1, originalGlyphId);
        if (found < 0 && requestedEnd < originals.Length)
            found = Array.BinarySearch(originals, requestedEnd, originals.Length - requestedEnd, originalGlyphId);
        return found < 0 ? -1 : found;
    }
}
