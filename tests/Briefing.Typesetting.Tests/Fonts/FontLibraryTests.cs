using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Tests.Fonts;

public class FontLibraryTests
{
    private static readonly FontLibrary Defaults = DefaultFonts.Load();

    [Fact]
    public void Hangul_falls_back_to_nanum_and_latin_stays_in_noto()
    {
        var style = new TextStyle { FontFamily = "Noto Sans, NanumGothic" };
        const string text = "Canada 캐나다";

        var families = text.Select(c => Defaults.Select(style, c, text).FamilyName).ToArray();

        Assert.Equal(
            ["Noto Sans", "Noto Sans", "Noto Sans", "Noto Sans", "Noto Sans", "Noto Sans", "Noto Sans",
             "NanumGothic", "NanumGothic", "NanumGothic"],
            families);
    }

    [Fact]
    public void Spaces_resolve_in_the_first_face_that_has_them()
    {
        var nanumFirst = new TextStyle { FontFamily = "NanumGothic, Noto Sans" };
        var notoFirst = new TextStyle { FontFamily = "Noto Sans, NanumGothic" };

        Assert.Equal("NanumGothic", Defaults.Select(nanumFirst, ' ', "가 A").FamilyName);
        Assert.Equal("NanumGothic", Defaults.Select(nanumFirst, '\u00A0', "가 A").FamilyName);
        Assert.Equal("Noto Sans", Defaults.Select(notoFirst, ' ', "가 A").FamilyName);
        Assert.Equal("Noto Sans", Defaults.Select(notoFirst, '\u00A0', "가 A").FamilyName);
    }

    [Fact]
    public void Selection_honours_weight_and_slant()
    {
        var boldItalic = new TextStyle { FontFamily = "Noto Sans, NanumGothic", Weight = 700, Italic = true };

        var latin = Defaults.Select(boldItalic, 'A', "A가");
        var hangul = Defaults.Select(boldItalic, '가', "A가");

        Assert.EndsWith("NotoSans-BoldItalic.ttf", latin.FilePath);
        // NanumGothic has no italic: the bold upright face stands in.
        Assert.EndsWith("NanumGothicBold.ttf", hangul.FilePath);
    }

    [Fact]
    public void Family_names_compare_without_case()
    {
        var style = new TextStyle { FontFamily = "noto sans ,  NANUMGOTHIC" };

        Assert.Equal("NanumGothic", Defaults.Select(style, '한', "한").FamilyName);
        Assert.NotNull(Defaults.FindFace("NOTO SERIF", 400, false));
    }

    [Fact]
    public void A_character_no_face_has_names_its_code_the_context_and_the_faces_tried()
    {
        var style = new TextStyle { FontFamily = "Noto Sans, Pretendard, NanumGothic", Weight = 700 };

        var e = Assert.Throws<MissingGlyphException>(() => Defaults.Select(style, 0x1F600, "Hello 😀"));

        Assert.Contains("U+1F600", e.Message);
        Assert.Contains("Hello 😀", e.Message);
        Assert.Equal(
            ["Noto Sans 700 (NotoSans-Bold.ttf)", "Pretendard (not loaded)", "NanumGothic 600 (NanumGothicBold.ttf)"],
            e.FontsTried);
        Assert.Contains("NotoSans-Bold.ttf", e.Message);
        Assert.Contains("Pretendard (not loaded)", e.Message);
    }

    [Fact]
    public void Measured_width_is_the_sum_of_advances_times_the_size()
    {
        var style = new TextStyle { FontFamily = "Noto Sans, NanumGothic", FontSize = 12 };

        double width = Defaults.MeasureWidth("AW 가", style);

        // Noto Sans A 639, W 930, space 260 per 1000; NanumGothic 가 940 per 1000 (see TrueTypeFaceTests).
        Assert.Equal((639 + 930 + 260 + 940) / 1000.0 * 12, width, 9);
    }

    [Fact]
    public void Measuring_a_slice_equals_measuring_the_same_string()
    {
        var style = new TextStyle { FontFamily = "Noto Serif, NanumMyeongjo", FontSize = 9.5 };
        const string text = "대통령 President";

        Assert.Equal(Defaults.MeasureWidth("President", style), Defaults.MeasureWidth(text.AsSpan(4), style));
    }

    [Fact]
    public void Measuring_text_with_a_missing_character_throws()
    {
        var style = new TextStyle { FontFamily = "Noto Sans" };

        var e = Assert.Throws<MissingGlyphException>(() => Defaults.MeasureWidth("Seoul 서울", style));

        Assert.Equal('서', e.CodePoint);
        Assert.Equal("Seoul 서울", e.Context);
    }

    [Theory]
    [InlineData("Noto Sans", 400, false, "NotoSans-Regular.ttf")]
    [InlineData("Noto Sans", 700, false, "NotoSans-Bold.ttf")]
    [InlineData("Noto Sans", 500, false, "NotoSans-Regular.ttf")]
    [InlineData("Noto Sans", 600, false, "NotoSans-Bold.ttf")]
    [InlineData("Noto Sans", 300, true, "NotoSans-Italic.ttf")]
    [InlineData("Noto Sans", 900, true, "NotoSans-BoldItalic.ttf")]
    [InlineData("NanumGothic", 700, false, "NanumGothicBold.ttf")]
    [InlineData("NanumGothic", 400, true, "NanumGothic.ttf")]
    [InlineData("NanumMyeongjo", 800, false, "NanumMyeongjoBold.ttf")]
    [InlineData("NanumMyeongjo", 500, false, "NanumMyeongjo.ttf")]
    public void Finds_the_closest_face_of_a_family(string family, int weight, bool italic, string file)
    {
        var face = Defaults.FindFace(family, weight, italic);

        Assert.NotNull(face);
        Assert.Equal(file, Path.GetFileName(face.FilePath));
    }

    [Fact]
    public void A_family_with_condensed_members_gives_its_normal_width_faces()
    {
        // Given a condensed face that sorts (and so loads) before the normal one, as DejaVu Sans has
        using var folder = new TempFolder();
        SfntBuilder.TinyFace("Wide", widthClass: 3).WriteTo(folder.Path, "A-Condensed.ttf");
        SfntBuilder.TinyFace("Wide", weight: 700, widthClass: 3).WriteTo(folder.Path, "A-CondensedBold.ttf");
        SfntBuilder.TinyFace("Wide", widthClass: 5).WriteTo(folder.Path, "B-Normal.ttf");
        var library = FontLibrary.Load([folder.Path]);

        // When asking for bold, which only the condensed member has
        var face = library.FindFace("Wide", 700, false);

        // Then width wins over weight, as in CSS
        Assert.Equal("B-Normal.ttf", Path.GetFileName(face?.FilePath));
    }

    [Fact]
    public void An_unknown_family_has_no_face()
    {
        Assert.Null(Defaults.FindFace("Comic Sans MS", 400, false));
    }

    [Fact]
    public void Loading_a_folder_finds_fonts_recursively_and_records_what_it_skipped()
    {
        using var folder = new TempFolder();
        var nested = Directory.CreateDirectory(Path.Combine(folder.Path, "a", "b")).FullName;
        SfntBuilder.TinyFace("Tiny").WriteTo(nested, "Tiny.ttf");
        SfntBuilder.TinyFace("Tiny", weight: 700).WriteTo(folder.Path, "Tiny-Bold.TTF");
        var collection = new SfntBuilder { Signature = 0x74746366 }.WriteTo(folder.Path, "Many.ttc");
        var variable = SfntBuilder.TinyFace("Flex").Table("fvar", new byte[16]).WriteTo(nested, "Flex.ttf");
        File.WriteAllText(Path.Combine(folder.Path, "readme.txt"), "not a font, not even looked at");

        var library = FontLibrary.Load([folder.Path]);

        Assert.Equal(["Tiny"], library.Families);
        Assert.Equal(2, library.Faces.Count);
        Assert.Equal([collection, variable], library.Skipped.Select(s => s.FilePath).Order(StringComparer.Ordinal));
        Assert.All(library.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
    }

    [Fact]
    public void Loading_a_path_that_does_not_exist_throws()
    {
        Assert.Throws<FileNotFoundException>(() => FontLibrary.Load(["/no/such/fonts"]));
    }

    [Fact]
    public void Adding_the_same_file_twice_keeps_one_face()
    {
        var library = new FontLibrary();

        var first = library.AddFile("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");
        var second = library.AddFile("/usr/share/fonts/truetype/noto/../noto/NotoSans-Regular.ttf");

        Assert.Same(first, second);
        Assert.Single(library.Faces);
    }

    [Fact]
    public void Adding_a_face_after_selecting_updates_the_chain()
    {
        // Given a library that cannot draw Hangul, asked once so the chain is cached
        var library = new FontLibrary();
        library.AddFile("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");
        var style = new TextStyle { FontFamily = "Noto Sans, NanumGothic" };
        Assert.Throws<MissingGlyphException>(() => library.Select(style, '한', "한"));

        // When the Korean face arrives
        library.AddFile("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

        // Then the same style finds it
        Assert.Equal("NanumGothic", library.Select(style, '한', "한").FamilyName);
    }

    [Fact]
    public void Selecting_from_many_threads_gives_the_same_faces()
    {
        var library = DefaultFonts.Load();
        var styles = new[]
        {
            new TextStyle { FontFamily = "Noto Sans, NanumGothic" },
            new TextStyle { FontFamily = "Noto Serif, NanumMyeongjo", Weight = 700 },
            new TextStyle { FontFamily = "NanumGothic, Noto Sans", Italic = true },
        };
        const string text = "Briefing 브리핑 2025. 10. 30.";
        var expected = styles.Select(s => Defaults.MeasureWidth(text, s)).ToArray();

        var results = new double[64];
        Parallel.For(0, results.Length, i => results[i] = library.MeasureWidth(text, styles[i % styles.Length]));

        for (int i = 0; i < results.Length; i++)
            Assert.Equal(expected[i % styles.Length], results[i]);
    }
}
