using Briefing.Typesetting.Fonts.Subsetting;

namespace Briefing.Typesetting.Tests.Fonts.Subsetting;

public sealed class SubsetRoundTripTests
{
    [Theory]
    [InlineData(SubsetFonts.NanumGothic)]
    [InlineData(SubsetFonts.NanumGothicBold)]
    [InlineData(SubsetFonts.NotoSans)]
    public void A_subset_keeps_the_outline_and_metrics_of_every_glyph_of_a_sentence(string fontPath)
    {
        // Given
        var original = new SfntFile(File.ReadAllBytes(fontPath));
        var ids = SubsetFonts.GlyphIds(fontPath, SubsetFonts.Sentence);
        Assert.Contains(ids, id => id != 0);

        // When
        var subset = FontProgram.Load(fontPath).Subset(ids);

        // Then
        var file = new SfntFile(subset.Data);
        Assert.Empty(file.Problems());
        Assert.Equal(subset.Count, file.NumGlyphs);
        Assert.Equal(0, subset.NewGlyphId(0));
        Assert.Equal(0, subset.OriginalGlyphId(0));
        foreach (int id in ids.Append(0))
        {
            int mapped = subset.NewGlyphId(id);
            Assert.Equal(id, subset.OriginalGlyphId(mapped));
            Assert.Equal(original.Advance(id), file.Advance(mapped));
            Assert.Equal(original.LeftSideBearing(id), file.LeftSideBearing(mapped));
            var before = GlyphShape.Decode(original.Glyph(id));
            var after = GlyphShape.Decode(file.Glyph(mapped));
            Assert.Equal(before.Header, after.Header);
            Assert.Equal(before.Outline, after.Outline);
            Assert.Equal(before.Components.Select(subset.NewGlyphId), after.Components);
        }
    }

    [Fact]
    public void Threads_sharing_one_program_get_the_same_bytes()
    {
        // Given: a fresh program, so the first subsets also race to read 'glyf'.
        var program = FontProgram.Load(SubsetFonts.NanumGothic);
        var ids = SubsetFonts.GlyphIds(SubsetFonts.NanumGothic, SubsetFonts.Sentence);

        // When
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = program.Subset(ids).Data);

        // Then
        Assert.True(program.OutlinesLoaded);
        Assert.All(results, data => Assert.Equal(results[0], data));
    }

    [Fact]
    public void Requested_glyphs_come_in_ascending_original_order_after_notdef_and_duplicates_collapse()
    {
        var program = FontProgram.Load(SubsetFonts.NanumGothic);

        var subset = program.Subset([500, 7, 0, 500, 300, 7]);

        Assert.Equal(4, subset.Count);
        Assert.Equal([0, 7, 300, 500], Enumerable.Range(0, subset.Count).Select(subset.OriginalGlyphId));
        Assert.Throws<ArgumentException>(() => subset.NewGlyphId(8));
    }

    [Fact]
    public void Hinting_is_gone_from_the_subset()
    {
        var original = new SfntFile(File.ReadAllBytes(SubsetFonts.NanumGothic));
        Assert.True(original.Has("fpgm") || original.Has("prep") || original.Has("cvt "), "the test needs a hinted font");
        var ids = SubsetFonts.GlyphIds(SubsetFonts.NanumGothic, SubsetFonts.Sentence);

        var file = new SfntFile(FontProgram.Load(SubsetFonts.NanumGothic).Subset(ids).Data);

        Assert.Equal(["OS/2", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post"], file.Tables.Select(t => t.Tag));
        for (int g = 0; g < file.NumGlyphs; g++)
        {
            var glyph = file.Glyph(g);
            if (glyph.Length == 0)
                continue;
            int contours = (short)(glyph[0] << 8 | glyph[1]);
            Assert.True(contours >= 0, "the sentence has only simple glyphs in Nanum");
            int at = 10 + 2 * contours;
            Assert.Equal(0, glyph[at] << 8 | glyph[at + 1]);
        }
        Assert.Equal(0x00030000u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(file.Table("post")));
    }

    [Fact]
    public void Accented_letters_bring_their_components_renumbered()
    {
        // Given: NotoSans draws 'é' (and others) as composites of a base letter and an accent.
        var original = new SfntFile(File.ReadAllBytes(SubsetFonts.NotoSans));
        var ids = SubsetFonts.GlyphIds(SubsetFonts.NotoSans, "éÅ");
        var composites = ids.Where(id => GlyphShape.Decode(original.Glyph(id)).Components.Length > 0).ToArray();
        Assert.NotEmpty(composites);

        // When
        var subset = FontProgram.Load(SubsetFonts.NotoSans).Subset(ids);

        // Then
        var file = new SfntFile(subset.Data);
        Assert.Empty(file.Problems());
        Assert.True(subset.Count > 1 + ids.Distinct().Count(), "components are added after the requested glyphs");
        foreach (int id in composites)
        {
            var before = GlyphShape.Decode(original.Glyph(id));
            var after = GlyphShape.Decode(file.Glyph(subset.NewGlyphId(id)));
            Assert.Equal(before.Outline, after.Outline);
            Assert.Equal(before.Components.Select(subset.NewGlyphId), after.Components);
            foreach (int component in before.Components)
            {
                int mapped = subset.NewGlyphId(component);
                Assert.True(mapped > ids.Distinct().Count(), "components follow the requested glyphs");
                Assert.Equal(GlyphShape.Decode(original.Glyph(component)).Outline, GlyphShape.Decode(file.Glyph(mapped)).Outline);
                Assert.Equal(original.Advance(component), file.Advance(mapped));
            }
        }
    }

    [Theory]
    [InlineData(SubsetFonts.NanumGothic)]
    [InlineData(SubsetFonts.NotoSans)]
    public void Fontconfig_reads_the_subset_through_freetype(string fontPath)
    {
        // Given
        var subset = FontProgram.Load(fontPath).Subset(SubsetFonts.GlyphIds(fontPath, SubsetFonts.Sentence));
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "subset.ttf");
        File.WriteAllBytes(path, subset.Data);

        // When
        var result = SubsetFonts.Run("fc-query", path);

        // Then
        Assert.True(result is not null, "fc-query (fontconfig) is not installed: it is the independent FreeType reader here");
        Assert.Equal(0, result!.Value.ExitCode);
        Assert.Contains("fontformat: \"TrueType\"", result.Value.Output);
        Assert.Contains("outline: True", result.Value.Output);
    }
}
