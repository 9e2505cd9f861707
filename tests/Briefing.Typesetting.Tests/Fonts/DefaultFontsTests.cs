using Briefing.Typesetting.Fonts;

namespace Briefing.Typesetting.Tests.Fonts;

public class DefaultFontsTests
{
    [Fact]
    public void Loads_exactly_the_default_files_and_their_families()
    {
        var library = DefaultFonts.Load();

        Assert.Equal(12, library.Faces.Count);
        Assert.Empty(library.Skipped);
        Assert.Equal(
            [DefaultFonts.LatinSans, DefaultFonts.LatinSerif, DefaultFonts.KoreanSans, DefaultFonts.KoreanSerif],
            library.Families);
    }

    [Fact]
    public void Every_default_family_has_a_regular_and_a_bold_face()
    {
        var library = DefaultFonts.Load();

        foreach (var family in new[] { DefaultFonts.LatinSans, DefaultFonts.LatinSerif, DefaultFonts.KoreanSans, DefaultFonts.KoreanSerif })
        {
            var regular = library.FindFace(family, 400, false);
            var bold = library.FindFace(family, 700, false);
            Assert.Equal(400, regular?.Weight);
            Assert.True(bold?.Weight >= 600, $"{family} has no bold face");
        }
    }

    [Fact]
    public void A_missing_default_file_names_the_file_the_package_and_the_setup_script()
    {
        using var empty = new TempFolder();

        var e = Assert.Throws<FileNotFoundException>(() => DefaultFonts.Load(DefaultFonts.NotoFolder, empty.Path));

        Assert.Contains(Path.Combine(empty.Path, "NanumGothic.ttf"), e.Message);
        Assert.Contains("fonts-nanum", e.Message);
        Assert.DoesNotContain("fonts-noto-core", e.Message);
        Assert.Contains(".ci/setup", e.Message);
    }
}
