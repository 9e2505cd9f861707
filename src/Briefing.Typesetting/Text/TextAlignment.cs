namespace Briefing.Typesetting.Text;

/// <summary>How lines sit between a paragraph's edges.</summary>
public enum TextAlignment
{
    /// <summary>Flush left, ragged right.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Flush right, ragged left.</summary>
    Right,
    /// <summary>Flush on both sides, except the last line.</summary>
    Justify,
}
