using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Fonts;

/// <summary>
/// Chooses, per character, the face that draws it: the first face in the style's family list (its
/// fallback chain) at the style's weight and slant that has the glyph.
/// </summary>
public interface IFontSelector
{
    /// <summary>
    /// The face for <paramref name="codePoint"/> in <paramref name="style"/>. Throws
    /// <see cref="MissingGlyphException"/> when no face of the chain has it; <paramref name="context"/>
    /// is the text the character sits in, for that message.
    /// </summary>
    IFontFace Select(TextStyle style, int codePoint, string context);
}
