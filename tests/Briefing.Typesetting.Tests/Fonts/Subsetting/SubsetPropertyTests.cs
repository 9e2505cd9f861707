using Briefing.Typesetting.Fonts.Subsetting;
using CsCheck;

namespace Briefing.Typesetting.Tests.Fonts.Subsetting;

public sealed class SubsetPropertyTests
{
    private static readonly Lazy<FontProgram> Noto = new(() => FontProgram.Load(SubsetFonts.NotoSans));
    private static readonly Lazy<SfntFile> NotoFile = new(() => new SfntFile(File.ReadAllBytes(SubsetFonts.NotoSans)));

    [Fact]
    public void Any_subset_holds_exactly_the_requested_glyphs_notdef_and_their_components_with_their_advances()
    {
        var program = Noto.Value;
        var original = NotoFile.Value;
        Gen.Int[0, program.GlyphCount - 1].Array[0, 60].Sample(ids =>
        {
            var subset = program.Subset(ids);
            var file = new SfntFile(subset.Data);

            var expected = new HashSet<int>(ids) { 0 };
            var pending = new Stack<int>(expected);
            while (pending.Count > 0)
            {
                foreach (int component in GlyphShape.Decode(original.Glyph(pending.Pop())).Components)
                {
                    if (expected.Add(component))
                        pending.Push(component);
                }
            }

            if (file.NumGlyphs != expected.Count || subset.Count != expected.Count || file.Problems().Count > 0)
                return false;
            for (int g = 0; g < subset.Count; g++)
            {
                int originalId = subset.OriginalGlyphId(g);
                if (!expected.Contains(originalId) || subset.NewGlyphId(originalId) != g || file.Advance(g) != original.Advance(originalId))
                    return false;
            }
            return true;
        }, iter: 300);
    }
}
