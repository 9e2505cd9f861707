namespace Briefing.Typesetting.Pdf.Fonts;

/// <summary>
/// A CIDFont's /CIDSet stream (PDF 32000-1, table 124): one bit per CID, most significant bit first,
/// set for each CID the embedded font program holds. PDF/A-1 asks for it on every subset CID font
/// (ISO 19005-1, 6.3.5), so a reader can tell which glyphs it may rely on.
/// </summary>
internal static class CidSet
{
    /// <summary>The stream's bytes (uncompressed) for the given CIDs; long enough for the largest.</summary>
    public static byte[] Build(IEnumerable<int> cids)
    {
        ArgumentNullException.ThrowIfNull(cids);
        var max = -1;
        foreach (var cid in cids)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(cid, nameof(cids));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(cid, 0xFFFF, nameof(cids));
            max = Math.Max(max, cid);
        }
        var bits = new byte[(max + 8) / 8];
        foreach (var cid in cids)
            bits[cid >> 3] |= (byte)(0x80 >> (cid & 7));
        return bits;
    }
}
