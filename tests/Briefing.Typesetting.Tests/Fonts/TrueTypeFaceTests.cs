using Briefing.Typesetting.Fonts;

namespace Briefing.Typesetting.Tests.Fonts;

public class TrueTypeFaceTests
{
    private const string Nanum = "/usr/share/fonts/truetype/nanum/";
    private const string Noto = "/usr/share/fonts/truetype/noto/";

    // Expected names, weights and slants were read independently of this code with a small Python
    // struct script over the 'name' (id 16, else id 1, platform 3 language 0x409), 'OS/2' (usWeightClass,
    // fsSelection bit 0) tables. NanumGothicBold and NanumMyeongjoBold really do say 600, not 700.
    [Theory]
    [InlineData(Nanum + "NanumGothic.ttf", "NanumGothic", 400, false)]
    [InlineData(Nanum + "NanumGothicBold.ttf", "NanumGothic", 600, false)]
    [InlineData(Nanum + "NanumMyeongjoBold.ttf", "NanumMyeongjo", 600, false)]
    [InlineData(Nanum + "NanumSquareB.ttf", "NanumSquare", 700, false)]
    [InlineData(Noto + "NotoSans-Bold.ttf", "Noto Sans", 700, false)]
    [InlineData(Noto + "NotoSans-Italic.ttf", "Noto Sans", 400, true)]
    [InlineData(Noto + "NotoSerif-BoldItalic.ttf", "Noto Serif", 700, true)]
    public void Reads_family_weight_and_slant_from_the_font_tables(string path, string family, int weight, bool italic)
    {
        var face = TrueTypeFace.Open(path);

        Assert.Equal(family, face.FamilyName);
        Assert.Equal(weight, face.Weight);
        Assert.Equal(italic, face.Italic);
        Assert.Equal(path, face.FilePath);
    }

    // Advances read independently with a Python struct script (cmap 3/1 format 4 lookup, then hmtx),
    // given here in font units with the font's unitsPerEm.
    [Theory]
    [InlineData(Noto + "NotoSans-Regular.ttf", 'A', 639, 1000)]
    [InlineData(Noto + "NotoSans-Regular.ttf", 'W', 930, 1000)]
    [InlineData(Noto + "NotoSans-Regular.ttf", ' ', 260, 1000)]
    [InlineData(Noto + "NotoSans-Regular.ttf", '\u2014', 1000, 1000)]
    [InlineData(Noto + "NotoSans-Bold.ttf", 'a', 604, 1000)]
    [InlineData(Noto + "NotoSans-Italic.ttf", 'A', 562, 1000)]
    [InlineData(Noto + "NotoSerif-Bold.ttf", 'W', 1067, 1000)]
    [InlineData(Nanum + "NanumGothic.ttf", 'A', 727, 1000)]
    [InlineData(Nanum + "NanumGothic.ttf", '가', 940, 1000)]
    [InlineData(Nanum + "NanumGothic.ttf", '\u00A0', 280, 1000)]
    [InlineData(Nanum + "NanumGothic.ttf", '\u2014', 864, 1000)]
    [InlineData(Nanum + "NanumMyeongjo.ttf", '한', 973, 1024)]
    [InlineData(Nanum + "NanumMyeongjo.ttf", 'a', 515, 1024)]
    [InlineData(Nanum + "NanumMyeongjo.ttf", ' ', 307, 1024)]
    public void Advances_match_the_hmtx_table(string path, char character, int advanceUnits, int unitsPerEm)
    {
        var face = TrueTypeFace.Open(path);

        Assert.True(face.HasGlyph(character));
        Assert.Equal(advanceUnits / (double)unitsPerEm, face.GetAdvance(character), 12);
    }

    [Fact]
    public void Glyph_ids_match_the_cmap_table()
    {
        // Ids from the same independent Python read of the 3/1 format 4 subtable.
        var gothic = TrueTypeFace.Open(Nanum + "NanumGothic.ttf");
        var myeongjo = TrueTypeFace.Open(Nanum + "NanumMyeongjo.ttf");

        Assert.Equal(1086, gothic.GlyphId('가'));
        Assert.Equal(3296, gothic.GlyphId('한'));
        Assert.Equal(16391, myeongjo.GlyphId('한'));
        Assert.Equal(98, TrueTypeFace.Open(Noto + "NotoSans-Regular.ttf").GlyphId('\u00A0'));
    }

    // Checksums of the whole BMP map (sum of code point x glyph id, mod 1e9+7, and the count of mapped
    // code points), computed independently with a Python struct script over the 3/1 format 4 subtable.
    [Theory]
    [InlineData(Nanum + "NanumGothic.ttf", 719527046L, 17666)]
    [InlineData(Nanum + "NanumMyeongjoBold.ttf", 374903848L, 12452)]
    [InlineData(Nanum + "NanumBarunGothic.ttf", 674391036L, 18582)]
    [InlineData(Noto + "NotoSerif-Italic.ttf", 764015145L, 2840)]
    public void The_whole_bmp_map_agrees_with_an_independent_reading(string path, long checksum, int mapped)
    {
        var face = TrueTypeFace.Open(path);

        long sum = 0;
        int count = 0;
        for (int c = 0; c < 0x10000; c++)
        {
            int glyph = face.GlyphId(c);
            sum = (sum + (long)glyph * c) % 1_000_000_007;
            count += glyph != 0 ? 1 : 0;
        }

        Assert.Equal(checksum, sum);
        Assert.Equal(mapped, count);
    }

    [Fact]
    public void A_missing_character_has_no_glyph_and_no_advance()
    {
        var face = TrueTypeFace.Open(Noto + "NotoSans-Regular.ttf");

        Assert.False(face.HasGlyph('가'));
        Assert.Equal(0, face.GetAdvance('가'));
        Assert.False(face.HasGlyph(0x1F600));
        Assert.False(face.HasGlyph(0x10FFFF));
    }

    [Fact]
    public void Vertical_metrics_follow_the_win_metrics_unless_the_font_asks_for_its_typo_metrics()
    {
        // Noto does not set USE_TYPO_METRICS: usWinAscent 1069, usWinDescent 293, hhea gap 0.
        var noto = TrueTypeFace.Open(Noto + "NotoSans-Regular.ttf");
        // NanumMyeongjo: typo 819/-205 but win 942/236 at 1024 units per em; the win values count.
        var myeongjo = TrueTypeFace.Open(Nanum + "NanumMyeongjo.ttf");

        Assert.Equal(1.069, noto.Ascent, 12);
        Assert.Equal(0.293, noto.Descent, 12);
        Assert.Equal(0, noto.LineGap);
        Assert.Equal(942 / 1024.0, myeongjo.Ascent, 12);
        Assert.Equal(236 / 1024.0, myeongjo.Descent, 12);
    }

    [Fact]
    public void Opening_a_face_does_not_read_its_glyphs_until_asked()
    {
        var face = TrueTypeFace.Open(Nanum + "NanumGothic.ttf");
        Assert.False(face.GlyphsLoaded);

        _ = face.HasGlyph('가');

        Assert.True(face.GlyphsLoaded);
    }

    [Fact]
    public void Reads_a_format_12_character_map_beyond_the_bmp()
    {
        using var folder = new TempFolder();
        var path = SfntBuilder.TinyFace("Tiny").WriteTo(folder.Path, "Tiny.ttf");

        var face = TrueTypeFace.Open(path);

        Assert.Equal(1, face.GlyphId('A'));
        Assert.Equal(2, face.GlyphId(0x1F600));
        Assert.Equal(0, face.GlyphId(0x1F601));
        Assert.Equal(0, face.GlyphId('B'));
        Assert.Equal(600 / 2048.0, face.GetAdvance('A'), 12);
        Assert.Equal(1000 / 2048.0, face.GetAdvance(0x1F600), 12);
    }

    [Fact]
    public void Uses_typo_metrics_only_when_the_font_asks_for_them()
    {
        using var folder = new TempFolder();
        var win = TrueTypeFace.Open(SfntBuilder.TinyFace("Win").WriteTo(folder.Path, "Win.ttf"));
        var typo = TrueTypeFace.Open(SfntBuilder.TinyFace("Typo", useTypoMetrics: true).WriteTo(folder.Path, "Typo.ttf"));

        // Win: 2000/600, and hhea's 1900 + 500 + 300 exceeds their 2600 by 100: that is the gap.
        Assert.Equal(2000 / 2048.0, win.Ascent, 12);
        Assert.Equal(600 / 2048.0, win.Descent, 12);
        Assert.Equal(100 / 2048.0, win.LineGap, 12);
        Assert.Equal(1600 / 2048.0, typo.Ascent, 12);
        Assert.Equal(448 / 2048.0, typo.Descent, 12);
        Assert.Equal(0, typo.LineGap);
    }

    [Fact]
    public void Refuses_a_collection_that_says_it_holds_no_face()
    {
        using var folder = new TempFolder();
        var path = new SfntBuilder { Signature = 0x74746366 }.WriteTo(folder.Path, "Fonts.ttc");

        var e = Assert.Throws<UnsupportedFontException>(() => TrueTypeFace.Open(path));

        Assert.Contains("malformed collection header (0 faces)", e.Message);
        Assert.Equal(path, e.FilePath);
    }

    [Fact]
    public void Refuses_a_face_a_single_font_does_not_have()
    {
        using var folder = new TempFolder();
        var path = SfntBuilder.TinyFace("Tiny").WriteTo(folder.Path, "Tiny.ttf");

        var e = Assert.Throws<UnsupportedFontException>(() => TrueTypeFace.Open(path, 1));

        Assert.Contains("not face 1", e.Message);
    }

    [Fact]
    public void Refuses_cff2_outlines()
    {
        using var folder = new TempFolder();
        var path = new SfntBuilder { Signature = 0x4F54544F }.Table("CFF2", new byte[8]).WriteTo(folder.Path, "Font.otf");

        var e = Assert.Throws<UnsupportedFontException>(() => TrueTypeFace.Open(path));

        Assert.Contains("CFF2", e.Reason);
    }

    [Fact]
    public void Refuses_a_cff_font_without_its_metrics()
    {
        using var folder = new TempFolder();
        var path = new SfntBuilder { Signature = 0x4F54544F }.Table("CFF ", new byte[8]).WriteTo(folder.Path, "Font.otf");

        var e = Assert.Throws<UnsupportedFontException>(() => TrueTypeFace.Open(path));

        Assert.Contains("no 'head' table", e.Reason);
    }

    [Fact]
    public void Refuses_a_variable_font()
    {
        using var folder = new TempFolder();
        var path = SfntBuilder.TinyFace("Variable").Table("fvar", new byte[16]).WriteTo(folder.Path, "Variable.ttf");

        var e = Assert.Throws<UnsupportedFontException>(() => TrueTypeFace.Open(path));

        Assert.Contains("variable font", e.Reason);
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_font()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "notes.ttf");
        File.WriteAllText(path, "these are not the glyphs you are looking for");

        var e = Assert.Throws<UnsupportedFontException>(() => TrueTypeFace.Open(path));

        Assert.Contains("not a TrueType font", e.Reason);
    }

    [Fact]
    public void Refuses_a_truncated_font()
    {
        using var folder = new TempFolder();
        var bytes = File.ReadAllBytes(Noto + "NotoSans-Regular.ttf");
        var path = Path.Combine(folder.Path, "Cut.ttf");
        File.WriteAllBytes(path, bytes[..4096]);

        var e = Assert.Throws<UnsupportedFontException>(() => TrueTypeFace.Open(path));

        Assert.Contains("outside the file", e.Reason);
    }
}
