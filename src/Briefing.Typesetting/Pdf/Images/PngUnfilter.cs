namespace Briefing.Typesetting.Pdf.Images;

/// <summary>
/// Reverses the five PNG scanline filters in place: the one implementation, used by the PDF image
/// encoder and by the snapshot PNG codec (Briefing.Snapshots).
/// </summary>
public static class PngUnfilter
{
    /// <summary>
    /// Unfilters <paramref name="row"/> given the already unfiltered <paramref name="prior"/> row (zeros for
    /// a pass's first) and <paramref name="stride"/>, the bytes per pixel (at least 1); throws
    /// <see cref="ArgumentException"/> for a filter type other than 0 to 4.
    /// </summary>
    public static void Apply(int filter, Span<byte> row, ReadOnlySpan<byte> prior, int stride)
    {
        var n = row.Length;
        switch (filter)
        {
            case 0:
                return;
            case 1:
                for (var i = stride; i < n; i++)
                    row[i] += row[i - stride];
                return;
            case 2:
                for (var i = 0; i < n; i++)
                    row[i] += prior[i];
                return;
            case 3:
                for (var i = 0; i < stride && i < n; i++)
                    row[i] += (byte)(prior[i] >> 1);
                for (var i = stride; i < n; i++)
                    row[i] += (byte)((row[i - stride] + prior[i]) >> 1);
                return;
            case 4:
                for (var i = 0; i < stride && i < n; i++)
                    row[i] += prior[i]; // Paeth with a and c zero picks b
                for (var i = stride; i < n; i++)
                    row[i] += Paeth(row[i - stride], prior[i], prior[i - stride]);
                return;
            default:
                throw new ArgumentException($"The PNG is malformed: unknown scanline filter {filter}.", "data");
        }
    }

    /// <summary>The Paeth predictor of a byte from its left, upper and upper-left neighbours.</summary>
    internal static byte Paeth(int a, int b, int c)
    {
        var pa = Math.Abs(b - c);
        var pb = Math.Abs(a - c);
        var pc = Math.Abs(a + b - 2 * c);
        if (pa <= pb && pa <= pc)
            return (byte)a;
        return pb <= pc ? (byte)b : (byte)c;
    }
}
