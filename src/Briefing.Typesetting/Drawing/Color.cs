using System.Globalization;

namespace Briefing.Typesetting.Drawing;

/// <summary>An opaque RGB colour.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    /// <summary>Black.</summary>
    public static Color Black => new(0, 0, 0);

    /// <summary>White.</summary>
    public static Color White => new(255, 255, 255);

    /// <summary>Parses <c>#rrggbb</c> or <c>rrggbb</c>.</summary>
    public static Color FromHex(string hex)
    {
        var s = hex.StartsWith('#') ? hex[1..] : hex;
        if (s.Length != 6 || !int.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
            throw new FormatException($"'{hex}' is not a colour of the form #rrggbb.");
        return new Color((byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }

    /// <inheritdoc />
    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}
