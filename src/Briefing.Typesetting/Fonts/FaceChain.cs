namespace Briefing.Typesetting.Fonts;

/// <summary>A style's fallback chain resolved to faces: one per family the library has, in order.</summary>
internal sealed class FaceChain(TrueTypeFace[] faces, string[] tried)
{
    /// <summary>The faces to try, first choice first.</summary>
    public TrueTypeFace[] Faces { get; } = faces;

    /// <summary>What a missing-glyph message lists: each face, or a family the library lacks.</summary>
    public IReadOnlyList<string> Tried { get; } = tried;

    /// <summary>The first face that has the code point, or null.</summary>
    public TrueTypeFace? Find(int codePoint)
    {
        var faces = Faces;
        for (int i = 0; i < faces.Length; i++)
        {
            if (faces[i].HasGlyph(codePoint))
                return faces[i];
        }
        return null;
    }
}
