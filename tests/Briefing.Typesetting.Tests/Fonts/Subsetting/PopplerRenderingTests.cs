using Briefing.Typesetting.Fonts.Subsetting;

namespace Briefing.Typesetting.Tests.Fonts.Subsetting;

/// <summary>
/// poppler (pdftoppm, through FreeType) renders glyphs from a subset exactly as from the whole font:
/// an independent check that the file, its renumbered composites and the missing 'cmap' are acceptable.
/// </summary>
public sealed class PopplerRenderingTests
{
    [Theory]
    [InlineData(SubsetFonts.NanumGothic)]
    [InlineData(SubsetFonts.NotoSans)]
    public void Poppler_draws_the_subset_glyphs_exactly_as_the_original_ones(string fontPath)
    {
        // Given
        // Nanum draws common syllables as simple glyphs and rarer ones as composites of jamo: take a spread.
        var text = new System.Text.StringBuilder("대통령 Prime café Ångström");
        for (int k = 0; k < 30; k++)
            text.Append((char)(0xAC00 + 367 * k));
        var ids = SubsetFonts.GlyphIds(fontPath, text.ToString()).Where(id => id != 0).ToArray();
        var whole = new SfntFile(File.ReadAllBytes(fontPath));
        Assert.Contains(ids, id => GlyphShape.Decode(whole.Glyph(id)).Components.Length > 0);
        var subset = FontProgram.Load(fontPath).Subset(ids);
        using var folder = new TempFolder();

        // When
        var original = Render(folder, "original", File.ReadAllBytes(fontPath), ids);
        var fromSubset = Render(folder, "subset", subset.Data, ids.Select(subset.NewGlyphId));

        // Then
        Assert.True(original.Count(b => b < 128) > 200, "the original glyphs leave ink");
        Assert.Equal(original, fromSubset);
    }

    private static byte[] Render(TempFolder folder, string name, byte[] font, IEnumerable<int> glyphIds)
    {
        string pdf = Path.Combine(folder.Path, name + ".pdf");
        File.WriteAllBytes(pdf, MinimalPdf.ShowGlyphs(font, glyphIds));
        var result = SubsetFonts.Run("pdftoppm", $"-r 72 -gray -singlefile {pdf} {Path.Combine(folder.Path, name)}");
        Assert.True(result is not null, "pdftoppm (poppler-utils) is not installed");
        Assert.Equal(0, result!.Value.ExitCode);
        Assert.Equal("", result.Value.Output.Trim());
        return File.ReadAllBytes(Path.Combine(folder.Path, name + ".pgm"));
    }
}
