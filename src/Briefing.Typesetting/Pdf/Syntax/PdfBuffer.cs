using System.Buffers.Text;
using System.Text;

namespace Briefing.Typesetting.Pdf.Syntax;

/// <summary>
/// A growable byte buffer with writers for PDF's tokens (numbers, names, strings). Both the file and each
/// page's content stream are built in one of these: writing straight to bytes, with no object model in
/// between, is what keeps a whole document well under a few milliseconds.
/// </summary>
internal sealed class PdfBuffer
{
    private byte[] _bytes;
    private int _length;

    public PdfBuffer(int capacity = 4096) => _bytes = new byte[Math.Max(capacity, 16)];

    /// <summary>The number of bytes written.</summary>
    public int Length => _length;

    /// <summary>The bytes written so far (valid until the next write).</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    /// <summary>Forgets the content but keeps the memory, for the next page.</summary>
    public void Clear() => _length = 0;

    /// <summary>Appends raw bytes.</summary>
    public PdfBuffer Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
        return this;
    }

    /// <summary>Appends one byte.</summary>
    public PdfBuffer Byte(byte b)
    {
        Reserve(1)[0] = b;
        _length++;
        return this;
    }

    /// <summary>Appends a string of ASCII characters (operators, keys that are already PDF syntax).</summary>
    public PdfBuffer Ascii(string text)
    {
        var span = Reserve(text.Length);
        for (var i = 0; i < text.Length; i++)
            span[i] = (byte)text[i];
        _length += text.Length;
        return this;
    }

    /// <summary>Appends an integer.</summary>
    public PdfBuffer Int(long value)
    {
        Utf8Formatter.TryFormat(value, Reserve(20), out var written);
        _length += written;
        return this;
    }

    /// <summary>
    /// Appends a real number rounded to three decimals (a thousandth of a point is far below what any
    /// device shows), without exponent and without trailing zeros, as PDF requires.
    /// </summary>
    public PdfBuffer Real(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        var thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (thousandths < 0)
        {
            Byte((byte)'-');
            thousandths = -thousandths;
        }
        Int(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            var span = Reserve(4);
            span[0] = (byte)'.';
            span[1] = (byte)('0' + fraction / 100);
            span[2] = (byte)('0' + fraction / 10 % 10);
            span[3] = (byte)('0' + fraction % 10);
            var n = 4;
            while (span[n - 1] == (byte)'0')
                n--;
            _length += n;
        }
        return this;
    }

    /// <summary>Appends a space, the separator between tokens.</summary>
    public PdfBuffer Space() => Byte((byte)' ');

    /// <summary>Appends a line feed.</summary>
    public PdfBuffer Line() => Byte((byte)'\n');

    /// <summary>Appends a name object (<c>/Name</c>), escaping what a regular name character may not be.</summary>
    public PdfBuffer Name(string name)
    {
        Byte((byte)'/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > (byte)' ' and < 127 and not ((byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
                or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%'))
                Byte(b);
            else
                Byte((byte)'#').Hex2(b);
        }
        return this;
    }

    /// <summary>
    /// Appends a text string (PDF 32000-1, 7.9.2.2): printable ASCII as a literal string, anything else
    /// as UTF-16BE with a byte-order mark in hex.
    /// </summary>
    public PdfBuffer Text(string text)
    {
        if (IsPrintableAscii(text))
            return Literal(text);
        Ascii("<FEFF");
        foreach (var c in text)
            Hex4(c);
        return Byte((byte)'>');
    }

    /// <summary>Appends a byte string given as ASCII characters, in parentheses with the needed escapes.</summary>
    public PdfBuffer Literal(string ascii)
    {
        Byte((byte)'(');
        foreach (var c in ascii)
        {
            if (c is '(' or ')' or '\\')
                Byte((byte)'\\');
            Byte((byte)c);
        }
        return Byte((byte)')');
    }

    /// <summary>Appends a byte as two uppercase hex digits.</summary>
    public PdfBuffer Hex2(int value)
    {
        var span = Reserve(2);
        span[0] = HexDigit(value >> 4);
        span[1] = HexDigit(value);
        _length += 2;
        return this;
    }

    /// <summary>Appends a 16-bit value as four uppercase hex digits (a CID, a UTF-16 code unit).</summary>
    public PdfBuffer Hex4(int value)
    {
        var span = Reserve(4);
        span[0] = HexDigit(value >> 12);
        span[1] = HexDigit(value >> 8);
        span[2] = HexDigit(value >> 4);
        span[3] = HexDigit(value);
        _length += 4;
        return this;
    }

    /// <summary>Appends an indirect reference, <c>12 0 R</c>.</summary>
    public PdfBuffer Ref(int objectNumber) => Int(objectNumber).Ascii(" 0 R");

    /// <summary>A copy of the bytes written.</summary>
    public byte[] ToArray() => Written.ToArray();

    /// <summary>Room for at least <paramref name="count"/> more bytes, starting at the end of the content.</summary>
    private Span<byte> Reserve(int count)
    {
        if (_length + count > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        return _bytes.AsSpan(_length, count);
    }

    private static bool IsPrintableAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
                return false;
        }
        return true;
    }

    private static byte HexDigit(int value)
    {
        value &= 0xF;
        return (byte)(value < 10 ? '0' + value : 'A' + value - 10);
    }
}
