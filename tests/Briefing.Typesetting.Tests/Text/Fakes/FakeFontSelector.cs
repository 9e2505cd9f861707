using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Tests.Text.Fakes;

/// <summary>Picks the first face of the style's family chain that has the glyph, as the real library does.</summary>
internal sealed class FakeFontSelector(params IFontFace[] faces) : IFontSelector
{
    public int Calls { get; private set; }

    public IFontFace Select(TextStyle style, int codePoint, string context)
    {
        Calls++;
        foreach (var family in style.Families)
        {
            foreach (var face in faces)
            {
                if (face.FamilyName == family && face.HasGlyph(codePoint))
                    return face;
            }
        }

        throw new MissingGlyphException(codePoint, context, style.Families);
    }
}
