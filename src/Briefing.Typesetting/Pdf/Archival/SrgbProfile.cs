using System.Buffers.Binary;
using System.Text;

namespace Briefing.Typesetting.Pdf.Archival;

/// <summary>
/// A small ICC version 2.1 display profile for sRGB, computed here from the published sRGB parameters
/// (IEC 61966-2-1: the primaries' and D65's chromaticities and the piecewise transfer curve), so no
/// third-party profile file is shipped or read and its licence is ours. The colorants are adapted to
/// the ICC's D50 connection space with the Bradford transform, as ICC profiles do; the transfer curve is
/// sampled at 1,024 points. Pure arithmetic on constants: every run gives the same bytes.
/// </summary>
internal static class SrgbProfile
{
    /// <summary>What output intents call this condition (the registered name of sRGB at color.org).</summary>
    public const string ConditionIdentifier = "sRGB IEC61966-2.1";

    private const int CurvePoints = 1024;

    // The ICC connection space's white (D50), as the ICC specification rounds it.
    private static readonly double[] D50 = [0.9642, 1.0, 0.8249];

    /// <summary>Builds the profile's bytes.</summary>
    public static byte[] Build()
    {
        var colorants = Colorants();
        var tags = new List<(string Signature, byte[] Data)>
        {
            ("desc", Description("sRGB IEC61966-2.1 (computed by Briefing.Typesetting)")),
            ("cprt", TextTag("No copyright: computed from the public sRGB parameters; use freely.")),
            ("wtpt", Xyz(D50)),
            ("rXYZ", Xyz(colorants[0])),
            ("gXYZ", Xyz(colorants[1])),
            ("bXYZ", Xyz(colorants[2])),
            ("rTRC", Curve()),
        };
        // The three channels share one curve: tags may point at the same data.
        string[] shared = ["gTRC", "bTRC"];
        var count = tags.Count + shared.Length;
        var offset = 128 + 4 + 12 * count;
        var table = new List<(string Signature, int Offset, int Size)>();
        var body = new MemoryStream();
        foreach (var (signature, data) in tags)
        {
            table.Add((signature, offset + (int)body.Length, data.Length));
            body.Write(data);
            while (body.Length % 4 != 0)
                body.WriteByte(0);
        }
        var curve = table[^1];
        foreach (var signature in shared)
            table.Add((signature, curve.Offset, curve.Size));

        var size = offset + (int)body.Length;
        var profile = new byte[size];
        var p = profile.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(p, (uint)size);
        BinaryPrimitives.WriteUInt32BigEndian(p[8..], 0x02100000); // version 2.1.0
        Ascii(p[12..], "mntr");
        Ascii(p[16..], "RGB ");
        Ascii(p[20..], "XYZ ");
        // Creation date 2000-01-01 00:00:00: fixed, so the bytes never change.
        BinaryPrimitives.WriteUInt16BigEndian(p[24..], 2000);
        BinaryPrimitives.WriteUInt16BigEndian(p[26..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(p[28..], 1);
        Ascii(p[36..], "acsp");
        for (var i = 0; i < 3; i++)
            BinaryPrimitives.WriteInt32BigEndian(p[(68 + 4 * i)..], S15Fixed16(D50[i]));
        BinaryPrimitives.WriteUInt32BigEndian(p[128..], (uint)count);
        for (var i = 0; i < table.Count; i++)
        {
            var entry = p[(132 + 12 * i)..];
            Ascii(entry, table[i].Signature);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], (uint)table[i].Offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)table[i].Size);
        }
        body.ToArray().CopyTo(profile, offset);
        return profile;
    }

    /// <summary>
    /// The red, green and blue colorants (XYZ under D50): the primaries scaled so that they add up to D65
    /// white, then carried to D50 by the Bradford chromatic adaptation.
    /// </summary>
    internal static double[][] Colorants()
    {
        double[][] xy = [[0.64, 0.33], [0.30, 0.60], [0.15, 0.06]];
        var white = FromChromaticity(0.3127, 0.3290);
        var primaries = new double[3, 3]; // columns: R, G, B
        for (var c = 0; c < 3; c++)
        {
            var xyz = FromChromaticity(xy[c][0], xy[c][1]);
            for (var r = 0; r < 3; r++)
                primaries[r, c] = xyz[r];
        }
        var scale = Multiply(Invert(primaries), white);
        double[,] bradford = { { 0.8951, 0.2664, -0.1614 }, { -0.7502, 1.7135, 0.0367 }, { 0.0389, -0.0685, 1.0296 } };
        var coneSource = Multiply(bradford, white);
        var coneTarget = Multiply(bradford, D50);
        var gain = new double[3, 3];
        for (var i = 0; i < 3; i++)
            gain[i, i] = coneTarget[i] / coneSource[i];
        var adapt = Multiply(Invert(bradford), Multiply(gain, bradford));
        var colorants = new double[3][];
        for (var c = 0; c < 3; c++)
        {
            var column = new double[3];
            for (var r = 0; r < 3; r++)
                column[r] = primaries[r, c] * scale[c];
            colorants[c] = Multiply(adapt, column);
        }
        return colorants;
    }

    /// <summary>The sRGB transfer function: encoded value (0–1) to linear light.</summary>
    internal static double Linear(double v) => v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);

    private static double[] FromChromaticity(double x, double y) => [x / y, 1.0, (1 - x - y) / y];

    private static byte[] Curve()
    {
        var data = new byte[12 + 2 * CurvePoints];
        Ascii(data, "curv");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), CurvePoints);
        for (var i = 0; i < CurvePoints; i++)
        {
            var value = (int)Math.Round(Linear(i / (double)(CurvePoints - 1)) * 65535, MidpointRounding.AwayFromZero);
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(12 + 2 * i), (ushort)value);
        }
        return data;
    }

    private static byte[] Xyz(double[] xyz)
    {
        var data = new byte[20];
        Ascii(data, "XYZ ");
        for (var i = 0; i < 3; i++)
            BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(8 + 4 * i), S15Fixed16(xyz[i]));
        return data;
    }

    private static byte[] TextTag(string text)
    {
        var data = new byte[8 + text.Length + 1];
        Ascii(data, "text");
        Encoding.ASCII.GetBytes(text, data.AsSpan(8));
        return data;
    }

    /// <summary>textDescriptionType (ICC.1:2001-04, 6.5.17): ASCII, then empty Unicode and ScriptCode parts.</summary>
    private static byte[] Description(string text)
    {
        var ascii = text.Length + 1;
        var data = new byte[8 + 4 + ascii + 4 + 4 + 2 + 1 + 67];
        Ascii(data, "desc");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), (uint)ascii);
        Encoding.ASCII.GetBytes(text, data.AsSpan(12));
        return data;
    }

    private static int S15Fixed16(double value) => (int)Math.Round(value * 65536, MidpointRounding.AwayFromZero);

    private static void Ascii(Span<byte> target, string signature) => Encoding.ASCII.GetBytes(signature, target);

    private static double[] Multiply(double[,] m, double[] v)
    {
        var result = new double[3];
        for (var r = 0; r < 3; r++)
            result[r] = m[r, 0] * v[0] + m[r, 1] * v[1] + m[r, 2] * v[2];
        return result;
    }

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        var result = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
                result[r, c] = a[r, 0] * b[0, c] + a[r, 1] * b[1, c] + a[r, 2] * b[2, c];
        }
        return result;
    }

    private static double[,] Invert(double[,] m)
    {
        var det = m[0, 0] * (m[1, 1] * m[2, 2] - m[1, 2] * m[2, 1])
            - m[0, 1] * (m[1, 0] * m[2, 2] - m[1, 2] * m[2, 0])
            + m[0, 2] * (m[1, 0] * m[2, 1] - m[1, 1] * m[2, 0]);
        var inv = new double[3, 3];
        inv[0, 0] = (m[1, 1] * m[2, 2] - m[1, 2] * m[2, 1]) / det;
        inv[0, 1] = (m[0, 2] * m[2, 1] - m[0, 1] * m[2, 2]) / det;
        inv[0, 2] = (m[0, 1] * m[1, 2] - m[0, 2] * m[1, 1]) / det;
        inv[1, 0] = (m[1, 2] * m[2, 0] - m[1, 0] * m[2, 2]) / det;
        inv[1, 1] = (m[0, 0] * m[2, 2] - m[0, 2] * m[2, 0]) / det;
        inv[1, 2] = (m[0, 2] * m[1, 0] - m[0, 0] * m[1, 2]) / det;
        inv[2, 0] = (m[1, 0] * m[2, 1] - m[1, 1] * m[2, 0]) / det;
        inv[2, 1] = (m[0, 1] * m[2, 0] - m[0, 0] * m[2, 1]) / det;
        inv[2, 2] = (m[0, 0] * m[1, 1] - m[0, 1] * m[1, 0]) / det;
        return inv;
    }
}
