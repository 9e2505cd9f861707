using Briefing.Typesetting.Pdf;

namespace Briefing.Typesetting.Tests.Pdf;

public class PathFontResolverTests
{
    [Fact]
    public void A_family_name_made_from_a_path_resolves_to_that_file_even_after_case_folding()
    {
        var resolver = new PathFontResolver();
        var family = PathFontResolver.FamilyNameFor(FakeFontFace.NanumGothic);

        var info = resolver.ResolveTypeface(family.ToUpperInvariant(), bold: true, italic: true);

        Assert.NotNull(info);
        Assert.False(info.MustSimulateBold);
        Assert.False(info.MustSimulateItalic);
        // The file's bytes, with the cmap compacted for PDFsharp's glyph lookup (see CmapCompactor).
        Assert.Equal(CmapCompactor.Compact(File.ReadAllBytes(FakeFontFace.NanumGothic)), resolver.GetFont(info.FaceName));
    }

    [Fact]
    public void Different_paths_give_different_family_names()
    {
        Assert.NotEqual(PathFontResolver.FamilyNameFor(FakeFontFace.NotoSans), PathFontResolver.FamilyNameFor(FakeFontFace.NanumGothic));
    }

    [Fact]
    public void Names_that_are_not_paths_are_left_to_others()
    {
        var resolver = new PathFontResolver();

        Assert.Null(resolver.ResolveTypeface("Arial", false, false));
        Assert.Null(resolver.GetFont("Arial"));
    }
}
