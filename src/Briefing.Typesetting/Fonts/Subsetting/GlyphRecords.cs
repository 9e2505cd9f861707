using System.Buffers.Binary;

namespace Briefing.Typesetting.Fonts.Subsetting;

/// <summary>
/// Reads and rewrites single 'glyf' records: finds composite components, and copies a glyph without its
/// hinting instructions (and with its components renumbered). Every read is bounds-checked, so a
/// malformed glyph gives <see cref="UnsupportedFontException"/>, never an index error.
/// </summary>
internal static class GlyphRecords
{
    private const int ArgsAreWords = 0x0001;
    private const int HaveScale = 0x0008;
    private const int MoreComponents = 0x0020;
    private const int HaveXYScale = 0x0040;
    private const int HaveTwoByTwo = 0x0080;
    private const int HaveInstructions = 0x0100;
    private const int HeaderSize = 10;

    public static bool IsComposite(ReadOnlySpan<byte> glyph) =>
        glyph.Length >= HeaderSize && BinaryPrimitives.ReadInt16BigEndian(glyph) < 0;

    /// <summary>
    /// The component record at <paramref name="at"/> of a composite glyph: its flags and glyph index;
    /// returns where the next record starts.
    /// </summary>
    public static int ReadComponent(ReadOnlySpan<byte> glyph, int at, string path, out int flags, out int glyphIndex)
    {
        if (at + 4 > glyph.Length)
            throw Malformed(path);
        flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
        glyphIndex = BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]);
        int size = 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
        if ((flags & HaveScale) != 0)
            size += 2;
        else if ((flags & HaveXYScale) != 0)
            size += 4;
        else if ((flags & HaveTwoByTwo) != 0)
            size += 8;
        if (at + size > glyph.Length)
            throw Malformed(path);
        return at + size;
    }

    public static bool HasMoreComponents(int flags) => (flags & MoreComponents) != 0;

    /// <summary>The length of a glyph once its instructions are dropped.</summary>
    public static int StrippedLength(ReadOnlySpan<byte> glyph, string path)
    {
        if (glyph.Length == 0)
            return 0;
        if (glyph.Length < HeaderSize)
            throw Malformed(path);
        int contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
        if (contours < 0)
            return ComponentsEnd(glyph, path);
        int instructionLengthAt = HeaderSize + 2 * contours;
        if (instructionLengthAt + 2 > glyph.Length)
            throw Malformed(path);
        int instructionLength = BinaryPrimitives.ReadUInt16BigEndian(glyph[instructionLengthAt..]);
        if (instructionLengthAt + 2 + instructionLength > glyph.Length)
            throw Malformed(path);
        return glyph.Length - instructionLength;
    }

    /// <summary>
    /// Copies a glyph without instructions into <paramref name="output"/> (exactly
    /// <see cref="StrippedLength"/> bytes), renumbering composite components through the subset's order.
    /// </summary>
    public static void WriteStripped(ReadOnlySpan<byte> glyph, Span<byte> output, int[] originals, int requestedEnd, string path)
    {
        if (glyph.Length == 0)
            return;
        int contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
        if (contours >= 0)
        {
            int instructionLengthAt = HeaderSize + 2 * contours;
            int instructionLength = BinaryPrimitives.ReadUInt16BigEndian(glyph[instructionLengthAt..]);
            glyph[..instructionLengthAt].CopyTo(output);
            output[instructionLengthAt] = 0;
            output[instructionLengthAt + 1] = 0;
            glyph[(instructionLengthAt + 2 + instructionLength)..].CopyTo(output[(instructionLengthAt + 2)..]);
            return;
        }

        int end = ComponentsEnd(glyph, path);
        glyph[..end].CopyTo(output);
        int at = HeaderSize;
        while (true)
        {
            int next = ReadComponent(glyph, at, path, out int flags, out int component);
            int renumbered = FontSubset.Find(originals, requestedEnd, component);
            if (renumbered < 0)
                throw Malformed(path);
            BinaryPrimitives.WriteUInt16BigEndian(output[at..], (ushort)(flags & ~HaveInstructions));
            BinaryPrimitives.WriteUInt16BigEndian(output[(at + 2)..], (ushort)renumbered);
            at = next;
            if (!HasMoreComponents(flags))
                break;
        }
    }

    private static int ComponentsEnd(ReadOnlySpan<byte> glyph, string path)
    {
        int at = HeaderSize;
        while (true)
        {
            at = ReadComponent(glyph, at, path, out int flags, out _);
            if (!HasMoreComponents(flags))
                return at;
        }
    }

    private static UnsupportedFontException Malformed(string path) =>
        new(path, "malformed 'glyf' table (a glyph record is cut short)");
}
