using Briefing.Typesetting.Fonts.Subsetting;

namespace Briefing.Typesetting.Tests.Fonts.Subsetting;

public sealed class FontProgramTests
{
    [Fact]
    public void Load_reads_the_descriptor_numbers_of_nanum_gothic_without_reading_the_outlines()
    {
        // When
        var program = FontProgram.Load(SubsetFonts.NanumGothic);

        // Then
        var original = new SfntFile(File.ReadAllBytes(SubsetFonts.NanumGothic));
        Assert.False(program.OutlinesLoaded);
        Assert.Equal(original.NumGlyphs, program.GlyphCount);
        Assert.Equal(1000, program.UnitsPerEm);
        Assert.Equal("NanumGothic", program.PostScriptName);
        Assert.True(program.YMax > program.Ascender / 2 && program.YMin < 0);
        Assert.True(program.Ascender > 0 && program.Descender < 0);
        Assert.InRange(program.CapHeight, 500, 900);
        Assert.Equal(400, program.Weight);
        Assert.False(program.IsFixedPitch);
        Assert.Equal(0.0, program.ItalicAngle);
    }

    [Fact]
    public void Advances_past_number_of_h_metrics_repeat_the_last_one_and_the_rest_match_hmtx()
    {
        // Given
        var original = new SfntFile(File.ReadAllBytes(SubsetFonts.NanumGothic));
        var program = FontProgram.Load(SubsetFonts.NanumGothic);

        // Then
        for (int g = 0; g < program.GlyphCount; g += 97)
            Assert.Equal(original.Advance(g), program.AdvanceWidth(g));
        Assert.Equal(original.Advance(program.GlyphCount - 1), program.AdvanceWidth(program.GlyphCount - 1));
    }

    [Fact]
    public void Bold_and_italic_faces_report_their_weight_and_slant()
    {
        var bold = FontProgram.Load(SubsetFonts.NanumGothicBold);
        var italic = FontProgram.Load("/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf");

        var os2 = new SfntFile(File.ReadAllBytes(SubsetFonts.NanumGothicBold)).Table("OS/2");
        Assert.Equal(os2[4] << 8 | os2[5], bold.Weight);
        Assert.True(bold.Weight > 400);
        Assert.Equal("NanumGothicBold", bold.PostScriptName);
        Assert.True(italic.ItalicAngle < -5, $"italic angle {italic.ItalicAngle}");
        Assert.Equal("NotoSans-Italic", italic.PostScriptName);
    }

    [Fact]
    public void A_face_loads_its_program_once()
    {
        var face = Briefing.Typesetting.Fonts.TrueTypeFace.Open(SubsetFonts.NotoSans);

        Assert.Same(face.Program, face.Program);
        Assert.Equal("NotoSans-Regular", face.Program.PostScriptName);
    }
}
