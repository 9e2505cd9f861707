using System.Buffers.Binary;
using Briefing.Typesetting.Pdf;

namespace Briefing.Typesetting.Tests.Pdf;

public sealed class CmapCompactorTests
{
    private const string NanumGothic = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf";
    private const string NotoSans = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";

    [Fact]
    public void Every_bmp_code_point_keeps_its_glyph_in_the_compact_cmap()
    {
        // Given a font whose cmap has thousands of segments
        var original = File.ReadAllBytes(NanumGothic);

        // When
        var compact = CmapCompactor.Compact(original);

        // Then the mapping is the same for all of U+0000..U+FFFE, in far fewer segments
        Assert.NotSame(original, compact);
        Assert.Equal(CmapCompactor.BmpGlyphs(original), CmapCompactor.BmpGlyphs(compact));
        Assert.InRange(SegmentCount(compact), 2, 200);
        Assert.True(SegmentCount(original) > 3000);
    }

    [Fact]
    public void Loading_a_file_gives_the_same_bytes_as_compacting_it_in_memory()
    {
        Assert.Equal(CmapCompactor.Compact(File.ReadAllBytes(NanumGothic)), CmapCompactor.LoadFile(NanumGothic));
        Assert.Equal(File.ReadAllBytes(NotoSans), CmapCompactor.LoadFile(NotoSans));
    }

    [Fact]
    public void A_font_with_few_segments_is_left_as_it_is()
    {
        var original = File.ReadAllBytes(NotoSans);

        Assert.Same(original, CmapCompactor.Compact(original));
    }

    [Fact]
    public void Bytes_that_are_not_a_truetype_font_are_returned_unchanged()
    {
        byte[] junk = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];

        Assert.Same(junk, CmapCompactor.Compact(junk));
    }

    private static int SegmentCount(byte[] font)
    {
        var span = (ReadOnlySpan<byte>)font;
        int tables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        for (var i = 0; i < tables; i++)
        {
            if (!span.Slice(12 + 16 * i, 4).SequenceEqual("cmap"u8))
                continue;
            var cmap = span[(int)BinaryPrimitives.ReadUInt32BigEndian(span[(12 + 16 * i + 8)..])..];
            int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
            for (var k = 0; k < count; k++)
            {
                var record = cmap[(4 + 8 * k)..];
                var sub = cmap[(int)BinaryPrimitives.ReadUInt32BigEndian(record[4..])..];
                if (BinaryPrimitives.ReadUInt16BigEndian(record) == 3 && BinaryPrimitives.ReadUInt16BigEndian(sub) == 4)
                    return BinaryPrimitives.ReadUInt16BigEndian(sub[6..]) / 2;
            }
        }

        return -1;
    }
}
