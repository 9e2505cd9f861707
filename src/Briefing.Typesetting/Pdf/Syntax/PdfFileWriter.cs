
namespace Briefing.Typesetting.Pdf.Syntax;

/// <summary>
/// Writes a PDF file's skeleton: the header, numbered indirect objects (in any order), streams as given
/// (the writer compresses nothing itself: their owners hand it zlib data made on the thread pool, see
/// <see cref="CompressedStream"/>), the cross-reference table and the trailer. Objects are numbered up front with <see cref="Reserve"/>, so one
/// object may refer to another that is written later.
/// </summary>
internal sealed class PdfFileWriter
{
    private readonly PdfBuffer _out;
    private readonly List<int> _offsets = [0];

    /// <summary>A writer whose header names PDF <paramref name="version"/> (e.g. "1.7", or "1.4" for PDF/A-1).</summary>
    public PdfFileWriter(int capacity, string version = "1.7")
    {
        _out = new PdfBuffer(capacity);
        // The second line's high bytes tell transfer tools that the file is binary (PDF 32000-1, 7.5.2).
        _out.Ascii("%PDF-").Ascii(version).Ascii("\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Line();
    }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _out.Written;

    /// <summary>Allocates the next object number.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Starts object <paramref name="number"/> and returns the buffer to write its value into.</summary>
    public PdfBuffer Begin(int number)
    {
        if (_offsets[number] >= 0)
            throw new InvalidOperationException($"Object {number} is written twice.");
        _offsets[number] = _out.Length;
        return _out.Int(number).Ascii(" 0 obj\n");
    }

    /// <summary>Ends the object begun last.</summary>
    public void End() => _out.Ascii("\nendobj\n");

    /// <summary>
    /// Writes object <paramref name="number"/> as a stream of <paramref name="data"/> as given: the
    /// <paramref name="dictionary"/> entries (without the enclosing &lt;&lt; &gt;&gt;) name any filter it is encoded with.
    /// </summary>
    public void Stream(int number, ReadOnlySpan<byte> data, string dictionary)
    {
        Begin(number).Ascii("<<").Ascii(dictionary).Ascii("/Length ").Int(data.Length).Ascii(">>\nstream\n").Raw(data).Ascii("\nendstream");
        End();
    }

    /// <summary>Writes object <paramref name="number"/> as a stream whose data is already zlib-compressed.</summary>
    public void CompressedStream(int number, ReadOnlySpan<byte> zlibData, string dictionary)
    {
        Begin(number).Ascii("<<").Ascii(dictionary).Ascii("/Length ").Int(zlibData.Length).Ascii("/Filter/FlateDecode>>\nstream\n")
            .Raw(zlibData).Ascii("\nendstream");
        End();
    }

    /// <summary>
    /// Writes the cross-reference table and the trailer and returns the whole file. The file identifier
    /// is a hash of everything before it, so equal content gives equal bytes.
    /// </summary>
    public byte[] Finish(int catalog, int info)
    {
        for (var i = 1; i < _offsets.Count; i++)
        {
            if (_offsets[i] < 0)
                throw new InvalidOperationException($"Object {i} was reserved but never written.");
        }
        // XxHash128 (about 10 GB/s): only needs to be stable and to differ with the content, and a managed
        // SHA-256 of the whole file cost 0.2-0.3 ms of a 3 ms warm render (OpenSSL's costs 5-10 ms to load).
        var id = System.IO.Hashing.XxHash128.Hash(_out.Written);
        var xref = _out.Length;
        _out.Ascii("xref\n0 ").Int(_offsets.Count).Ascii("\n0000000000 65535 f \n");
        Span<byte> entry = stackalloc byte[20];
        for (var i = 1; i < _offsets.Count; i++)
        {
            var offset = _offsets[i];
            for (var d = 9; d >= 0; d--)
            {
                entry[d] = (byte)('0' + offset % 10);
                offset /= 10;
            }
            " 00000 n \n"u8.CopyTo(entry[10..]);
            _out.Raw(entry);
        }
        _out.Ascii("trailer\n<</Size ").Int(_offsets.Count).Ascii("/Root ").Ref(catalog).Ascii("/Info ").Ref(info).Ascii("/ID[<");
        foreach (var b in id)
            _out.Hex2(b);
        _out.Ascii("><");
        foreach (var b in id)
            _out.Hex2(b);
        _out.Ascii(">]>>\nstartxref\n").Int(xref).Ascii("\n%%EOF\n");
        return _out.ToArray();
    }
}
