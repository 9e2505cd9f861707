using Briefing.Typesetting.Fonts;

namespace Briefing.Typesetting.Tests.Pdf;

/// <summary>A face that points at a real TrueType file; the PDF writer only uses the path, so metrics are dummies.</summary>
internal sealed class FakeFontFace(string filePath) : IFontFace
{
    public const string NotoSans = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
    public const string NanumGothic = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf";

    public string FamilyName => Path.GetFileNameWithoutExtension(FilePath);
    public int Weight => 400;
    public bool Italic => false;
    public string FilePath { get; } = filePath;
    public double Ascent => 0.9;
    public double Descent => 0.25;
    public double LineGap => 0;
    public bool HasGlyph(int codePoint) => true;
    public double GetAdvance(int codePoint) => 0.5;
}
