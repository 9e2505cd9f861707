using System.IO.Compression;

namespace Briefing.Typesetting.Pdf.Images;

/// <summary>
/// Decodes PNG pixels that cannot pass straight through (alpha, tRNS, interlacing) into 8-bit samples,
/// splitting transparency into an 8-bit soft mask. A tRNS colour key also becomes a soft mask (exact
/// even for 16-bit keys, which a /Mask range over 8-bit samples would not be). A mask that turns out
/// fully opaque is dropped. Where transparency is not allowed (PDF/A-1), the pixels are flattened onto
/// white instead, and a palette image with transparency becomes RGB.
/// </summary>
internal sealed class PngPixelDecoder
{
    // Adam7 passes: x start, y start, x step, y step.
    private static ReadOnlySpan<byte> Adam7 => [0, 0, 8, 8, 4, 0, 8, 8, 0, 4, 4, 8, 2, 0, 4, 4, 0, 2, 2, 4, 1, 0, 2, 2, 0, 1, 1, 2];

    private readonly PngHeader _h;
    private readonly byte[]? _palette;
    private readonly byte[]? _transparency;
    private readonly int _components; // colour samples per output pixel
    private readonly bool _hasAlpha;
    private readonly bool _flatten; // composite onto white instead of writing a soft mask
    private readonly int _outputComponents;
    private int _alphaAnd = 0xFF; // AND of every alpha written: 255 means fully opaque

    /// <summary>
    /// A decoder for an image with this header, palette (or null) and validated tRNS (or null);
    /// <paramref name="flatten"/> composites transparent pixels onto white instead of keeping a soft mask.
    /// </summary>
    public PngPixelDecoder(PngHeader header, byte[]? palette, byte[]? transparency, bool flatten = false)
    {
        _h = header;
        _palette = palette;
        _transparency = transparency;
        _components = header.ColorType is 2 or 6 ? 3 : 1;
        _hasAlpha = header.ColorType is 4 or 6 || transparency is not null;
        _flatten = flatten && _hasAlpha;
        _outputComponents = _flatten && palette is not null ? 3 : _components;
    }

    /// <summary>Inflates, unfilters and de-interlaces the IDAT zlib stream, and re-encodes it.</summary>
    public EncodedImage Decode(byte[] idat)
    {
        int width = _h.Width, height = _h.Height;
        var rowLength = width * _components;
        using var input = new ZLibStream(new MemoryStream(idat, writable: false), CompressionMode.Decompress);
        using var colorWriter = new PngRowWriter(width * _outputComponents, _outputComponents);
        using var alphaWriter = _hasAlpha && !_flatten ? new PngRowWriter(width, 1) : null;
        var flatRow = _flatten ? new byte[width * _outputComponents] : [];
        var colorRow = new byte[rowLength];
        var alphaRow = new byte[_hasAlpha ? width : 0];
        try
        {
            if (!_h.Interlaced)
            {
                var line = new byte[_h.RowBytes(width) + 1];
                var prior = new byte[line.Length - 1];
                for (var y = 0; y < height; y++)
                {
                    ReadRow(input, line, prior);
                    Convert(line.AsSpan(1), width, colorRow, alphaRow);
                    WriteRow(colorWriter, alphaWriter, colorRow, alphaRow, flatRow);
                    line.AsSpan(1).CopyTo(prior);
                }
            }
            else
            {
                var color = new byte[(long)rowLength * height];
                var alpha = new byte[_hasAlpha ? (long)width * height : 0];
                DecodeInterlaced(input, color, alpha, colorRow, alphaRow);
                for (var y = 0; y < height; y++)
                    WriteRow(colorWriter, alphaWriter, color.AsSpan(y * rowLength, rowLength), _hasAlpha ? alpha.AsSpan(y * width, width) : default, flatRow);
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw PngEncoder.Malformed("its image data is truncated or corrupt");
        }

        EncodedImage? mask = null;
        if (alphaWriter is not null && _alphaAnd != 0xFF)
            mask = new EncodedImage(width, height, "DeviceGray", null, 8, "FlateDecode", Parms(1, width), false, alphaWriter.Finish(), null);
        if (_flatten)
            return new EncodedImage(width, height, PngEncoder.ColorSpaceOf(_h), null, 8, "FlateDecode", Parms(_outputComponents, width), false, colorWriter.Finish(), null);
        return new EncodedImage(width, height, PngEncoder.ColorSpaceOf(_h), _palette, 8, "FlateDecode", Parms(_components, width), false, colorWriter.Finish(), mask);
    }

    private void WriteRow(PngRowWriter colorWriter, PngRowWriter? alphaWriter, ReadOnlySpan<byte> color, ReadOnlySpan<byte> alpha, byte[] flatRow)
    {
        if (!_flatten)
        {
            colorWriter.Write(color);
            alphaWriter?.Write(alpha);
            return;
        }
        // Over white: c' = c·a + 255·(1 − a), rounded; a palette index is looked up first.
        var n = _outputComponents;
        for (var i = 0; i < alpha.Length; i++)
        {
            int a = alpha[i];
            for (var k = 0; k < n; k++)
            {
                // An index past the palette (a malformed file) reads as black, as in PDF's Indexed space.
                int c = _palette is null ? color[i * n + k] : color[i] * 3 + k < _palette.Length ? _palette[color[i] * 3 + k] : 0;
                flatRow[i * n + k] = (byte)((c * a + 255 * (255 - a) + 127) / 255);
            }
        }
        colorWriter.Write(flatRow);
    }

    private static string Parms(int colors, int columns) => $"<</Predictor 15/Colors {colors}/BitsPerComponent 8/Columns {columns}>>";

    private void DecodeInterlaced(Stream input, byte[] color, byte[] alpha, byte[] colorRow, byte[] alphaRow)
    {
        int width = _h.Width, height = _h.Height, c = _components;
        var line = new byte[_h.RowBytes(width) + 1];
        var prior = new byte[line.Length - 1];
        for (var p = 0; p < 7; p++)
        {
            int x0 = Adam7[4 * p], y0 = Adam7[4 * p + 1], dx = Adam7[4 * p + 2], dy = Adam7[4 * p + 3];
            var passWidth = (width - x0 + dx - 1) / dx;
            var passHeight = (height - y0 + dy - 1) / dy;
            if (passWidth <= 0 || passHeight <= 0)
                continue; // empty passes have no scanlines at all, not even filter bytes
            var rowBytes = (int)_h.RowBytes(passWidth);
            var passLine = line.AsSpan(0, rowBytes + 1);
            var passPrior = prior.AsSpan(0, rowBytes);
            passPrior.Clear();
            for (var r = 0; r < passHeight; r++)
            {
                ReadRow(input, passLine, passPrior);
                Convert(passLine[1..], passWidth, colorRow, alphaRow);
                passLine[1..].CopyTo(passPrior);
                var y = y0 + r * dy;
                for (var i = 0; i < passWidth; i++)
                {
                    var x = x0 + i * dx;
                    var target = ((long)y * width + x) * c;
                    for (var k = 0; k < c; k++)
                        color[target + k] = colorRow[i * c + k];
                    if (_hasAlpha)
                        alpha[(long)y * width + x] = alphaRow[i];
                }
            }
        }
    }

    private void ReadRow(Stream input, Span<byte> line, ReadOnlySpan<byte> prior)
    {
        input.ReadExactly(line);
        PngUnfilter.Apply(line[0], line[1..], prior, _h.FilterStride);
    }

    /// <summary>Turns one unfiltered scanline of <paramref name="pixels"/> pixels into 8-bit colour samples and alpha.</summary>
    private void Convert(ReadOnlySpan<byte> raw, int pixels, Span<byte> color, Span<byte> alpha)
    {
        var depth = _h.BitDepth;
        var trns = _transparency;
        var and = 0xFF;
        switch (_h.ColorType)
        {
            case 0:
            {
                var key = trns is null ? -1 : trns[0] << 8 | trns[1];
                for (var i = 0; i < pixels; i++)
                {
                    var v = Sample(raw, i, depth);
                    color[i] = To8(v, depth);
                    if (trns is not null)
                        and &= alpha[i] = v == key ? (byte)0 : (byte)0xFF;
                }

                break;
            }

            case 2:
            {
                int kr = -1, kg = -1, kb = -1;
                if (trns is not null)
                    (kr, kg, kb) = (trns[0] << 8 | trns[1], trns[2] << 8 | trns[3], trns[4] << 8 | trns[5]);
                for (var i = 0; i < pixels; i++)
                {
                    int r = Sample(raw, 3 * i, depth), g = Sample(raw, 3 * i + 1, depth), b = Sample(raw, 3 * i + 2, depth);
                    color[3 * i] = To8(r, depth);
                    color[3 * i + 1] = To8(g, depth);
                    color[3 * i + 2] = To8(b, depth);
                    if (trns is not null)
                        and &= alpha[i] = r == kr && g == kg && b == kb ? (byte)0 : (byte)0xFF;
                }

                break;
            }

            case 3:
                for (var i = 0; i < pixels; i++)
                {
                    var index = Sample(raw, i, depth);
                    color[i] = (byte)index;
                    if (trns is not null)
                        and &= alpha[i] = index < trns.Length ? trns[index] : (byte)0xFF;
                }

                break;

            case 4:
                if (depth == 8)
                {
                    for (var i = 0; i < pixels; i++)
                    {
                        color[i] = raw[2 * i];
                        and &= alpha[i] = raw[2 * i + 1];
                    }
                }
                else
                {
                    for (var i = 0; i < pixels; i++)
                    {
                        color[i] = To8(Sample(raw, 2 * i, 16), 16);
                        and &= alpha[i] = To8(Sample(raw, 2 * i + 1, 16), 16);
                    }
                }

                break;

            default:
                if (depth == 8)
                {
                    for (var i = 0; i < pixels; i++)
                    {
                        color[3 * i] = raw[4 * i];
                        color[3 * i + 1] = raw[4 * i + 1];
                        color[3 * i + 2] = raw[4 * i + 2];
                        and &= alpha[i] = raw[4 * i + 3];
                    }
                }
                else
                {
                    for (var i = 0; i < pixels; i++)
                    {
                        for (var k = 0; k < 3; k++)
                            color[3 * i + k] = To8(Sample(raw, 4 * i + k, 16), 16);
                        and &= alpha[i] = To8(Sample(raw, 4 * i + 3, 16), 16);
                    }
                }

                break;
        }

        _alphaAnd &= and;
    }

    /// <summary>The <paramref name="index"/>th sample of a scanline packed at <paramref name="depth"/> bits.</summary>
    private static int Sample(ReadOnlySpan<byte> raw, int index, int depth) => depth switch
    {
        8 => raw[index],
        16 => raw[2 * index] << 8 | raw[2 * index + 1],
        _ => raw[index * depth >> 3] >> (8 - depth - (index * depth & 7)) & ((1 << depth) - 1),
    };

    /// <summary>Scales a sample to 8 bits, rounding to nearest (exact for depths up to 8).</summary>
    private static byte To8(int value, int depth) => depth switch
    {
        8 => (byte)value,
        16 => (byte)((value * 255 + 32767) / 65535),
        _ => (byte)(value * (255 / ((1 << depth) - 1))),
    };
}
