using System.Text;
using PdfSharp.Fonts;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Serves TrueType faces to PDFsharp by file path. The face name PDFsharp asks for carries the path
/// itself (hex-encoded, so PDFsharp's case folding of names cannot change it), which makes every answer
/// a pure function of the request: the resolver holds no per-document state and one instance can be
/// installed process-wide (PDFsharp allows only one) and shared by parallel writers.
/// PDFsharp caches the font source per face name after the first <see cref="GetFont"/>, so the file is
/// read once per process.
/// </summary>
internal sealed class PathFontResolver : IFontResolver
{
    private const string Prefix = "brieffile-";

    /// <summary>The family name under which PDFsharp must request the file at <paramref name="filePath"/>.</summary>
    public static string FamilyNameFor(string filePath) => Prefix + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(filePath));

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        // Weight and style are properties of the file, never simulated: the face is exactly the file asked for.
        if (!familyName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            return null;
        return new FontResolverInfo(familyName.ToLowerInvariant());
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
    {
        if (!faceName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            return null;
        var path = Encoding.UTF8.GetString(Convert.FromHexString(faceName.AsSpan(Prefix.Length)));
        return CmapCompactor.LoadFile(path);
    }
}
