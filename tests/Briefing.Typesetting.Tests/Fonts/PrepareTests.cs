using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Tests.Fonts;

/// <summary>
/// <see cref="FontLibrary.Prepare"/>: what it loads ahead of use, and that a font error it meets first is thrown,
/// unchanged, where the face is first used, as without preparing.
/// </summary>
public class PrepareTests
{
    [Fact]
    public void Prepare_loads_the_first_face_of_the_chain_and_no_other()
    {
        var library = DefaultFonts.Load();
        var regular = (TrueTypeFace)library.FindFace(DefaultFonts.LatinSans, 400, false)!;
        var bold = (TrueTypeFace)library.FindFace(DefaultFonts.LatinSans, 700, false)!;
        var nanum = (TrueTypeFace)library.FindFace(DefaultFonts.KoreanSans, 400, false)!;

        library.Prepare(new TextStyle { FontFamily = "Noto Sans, NanumGothic" });

        Assert.True(regular.GlyphsLoaded);
        Assert.True(regular.ShaperAndProgramLoaded);
        Assert.False(bold.GlyphsLoaded);
        Assert.False(nanum.GlyphsLoaded);
    }

    [Fact]
    public void A_prepared_face_measures_and_selects_as_an_unprepared_one()
    {
        var style = new TextStyle { FontFamily = "Noto Sans, NanumGothic", FontSize = 10 };
        var prepared = DefaultFonts.Load();
        prepared.Prepare(style);
        var plain = DefaultFonts.Load();
        const string text = "Summit 정상회담 — fi";

        Assert.Equal(plain.MeasureWidth(text, style), prepared.MeasureWidth(text, style));
        Assert.Equal(plain.Select(style, '정', text).FilePath, prepared.Select(style, '정', text).FilePath);
    }

    [Fact]
    public void A_malformed_table_met_while_preparing_is_thrown_unchanged_where_the_face_is_first_used()
    {
        // Given a face whose 'hmtx' is shorter than 'hhea' says: it opens, but its advances cannot be read
        using var temp = new TempFolder();
        var path = SfntBuilder.TinyFace("Broken").Table("hmtx", new byte[4]).WriteTo(temp.Path, "Broken.ttf");
        var style = new TextStyle { FontFamily = "Broken" };
        var unprepared = new FontLibrary();
        unprepared.AddFile(path);
        var prepared = new FontLibrary();
        prepared.AddFile(path);

        // When one library prepares the face (which throws nothing)
        prepared.Prepare(style);

        // Then the first use throws what it throws without preparing, and so does every later use
        var expected = Assert.Throws<UnsupportedFontException>(() => unprepared.MeasureWidth("A", style));
        var first = Assert.Throws<UnsupportedFontException>(() => prepared.MeasureWidth("A", style));
        var again = Assert.Throws<UnsupportedFontException>(() => prepared.Select(style, 'A', "A"));
        Assert.Equal(expected.Message, first.Message);
        Assert.Contains("malformed 'hmtx'", first.Message, StringComparison.Ordinal);
        Assert.Same(first, again);
    }
}
