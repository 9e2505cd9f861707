using System.Buffers.Binary;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Fonts.Subsetting;

namespace Briefing.Typesetting.Tests.Fonts.Subsetting;

public sealed class MalformedFontProgramTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(200)]
    [InlineData(100_000)]
    [InlineData(2_000_000)]
    public void A_truncated_file_is_refused(int length)
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "cut.ttf");
        File.WriteAllBytes(path, File.ReadAllBytes(SubsetFonts.NanumGothic)[..length]);

        Assert.Throws<UnsupportedFontException>(() => FontProgram.Load(path));
    }

    [Fact]
    public void Loca_pointing_past_glyf_is_refused()
    {
        using var folder = new TempFolder();
        string path = TinyFace(Glyph(16), Loca(0, 0, 16, 40)).WriteTo(folder.Path, "past.ttf");

        var error = Assert.Throws<UnsupportedFontException>(() => FontProgram.Load(path));
        Assert.Contains("loca", error.Reason);
    }

    [Fact]
    public void Loca_going_backwards_is_refused()
    {
        using var folder = new TempFolder();
        string path = TinyFace(Glyph(16), Loca(0, 16, 8, 16)).WriteTo(folder.Path, "backwards.ttf");

        var error = Assert.Throws<UnsupportedFontException>(() => FontProgram.Load(path));
        Assert.Contains("loca", error.Reason);
    }

    [Fact]
    public void A_composite_that_contains_itself_is_refused_instead_of_looping()
    {
        using var folder = new TempFolder();
        string path = TinyFace(Composite(1), Loca(0, 0, 16, 16)).WriteTo(folder.Path, "self.ttf");
        var program = FontProgram.Load(path);

        Assert.Throws<UnsupportedFontException>(() => program.Subset([1]));
    }

    [Fact]
    public void Two_composites_that_contain_each_other_are_refused()
    {
        using var folder = new TempFolder();
        string path = TinyFace([.. Composite(2), .. Composite(1)], Loca(0, 0, 16, 32)).WriteTo(folder.Path, "pair.ttf");
        var program = FontProgram.Load(path);

        Assert.Throws<UnsupportedFontException>(() => program.Subset([2]));
    }

    [Fact]
    public void A_composite_cut_short_is_refused()
    {
        using var folder = new TempFolder();
        string path = TinyFace(Composite(2)[..14], Loca(0, 0, 14, 14)).WriteTo(folder.Path, "short.ttf");
        var program = FontProgram.Load(path);

        Assert.Throws<UnsupportedFontException>(() => program.Subset([1]));
    }

    [Fact]
    public void A_component_that_is_not_in_the_font_is_refused()
    {
        using var folder = new TempFolder();
        string path = TinyFace(Composite(9), Loca(0, 0, 16, 16)).WriteTo(folder.Path, "missing.ttf");
        var program = FontProgram.Load(path);

        Assert.Throws<UnsupportedFontException>(() => program.Subset([1]));
    }

    [Fact]
    public void A_shared_component_is_not_a_cycle()
    {
        // Glyph 1 and glyph 2 both use glyph 3 (an empty simple glyph): a diamond, not a loop.
        using var folder = new TempFolder();
        var face = SfntBuilder.TinyFace("Tiny");
        byte[] glyf = [.. Composite(3), .. Composite(3)];
        var maxp = new byte[6];
        BinaryPrimitives.WriteUInt32BigEndian(maxp, 0x00005000);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), 4);
        string path = face.Table("glyf", glyf).Table("loca", Loca(0, 0, 16, 32, 32)).Table("maxp", maxp).WriteTo(folder.Path, "diamond.ttf");

        var subset = FontProgram.Load(path).Subset([1, 2]);

        Assert.Equal(4, subset.Count);
        Assert.Equal(3, subset.NewGlyphId(3));
        Assert.Empty(new SfntFile(subset.Data).Problems());
    }

    private static SfntBuilder TinyFace(byte[] glyf, byte[] loca) =>
        SfntBuilder.TinyFace("Tiny").Table("glyf", glyf).Table("loca", loca);

    /// <summary>A glyph record of zeros (a simple glyph with no contours).</summary>
    private static byte[] Glyph(int length) => new byte[length];

    /// <summary>A 16-byte composite glyph with one component (byte arguments); its first 14 bytes end before the arguments.</summary>
    private static byte[] Composite(int component)
    {
        var glyph = new byte[16];
        BinaryPrimitives.WriteInt16BigEndian(glyph, -1);
        BinaryPrimitives.WriteUInt16BigEndian(glyph.AsSpan(10), 0x0002); // ARGS_ARE_XY_VALUES
        BinaryPrimitives.WriteUInt16BigEndian(glyph.AsSpan(12), (ushort)component);
        return glyph;
    }

    /// <summary>A short-format loca (offsets halved) for the given byte offsets.</summary>
    private static byte[] Loca(params int[] offsets)
    {
        var loca = new byte[2 * offsets.Length];
        for (int i = 0; i < offsets.Length; i++)
            BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * i), (ushort)(offsets[i] / 2));
        return loca;
    }
}
