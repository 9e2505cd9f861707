using System.Buffers.Binary;
using System.Text;
using Briefing.Typesetting.Pdf.Archival;
using Briefing.Typesetting.Pdf.Fonts;

namespace Briefing.Typesetting.Tests.Pdf.Archival;

/// <summary>The computed sRGB ICC profile of the PDF/A output intent, and the CIDSet bits.</summary>
public sealed class SrgbProfileTests
{
    [Fact]
    public void The_colorants_match_the_published_D50_adapted_sRGB_matrix()
    {
        // The Bradford-adapted sRGB matrix as ICC's sRGB profiles publish it (to four decimals).
        double[][] expected = [[0.4361, 0.2225, 0.0139], [0.3851, 0.7169, 0.0971], [0.1431, 0.0606, 0.7141]];

        var colorants = SrgbProfile.Colorants();

        for (var c = 0; c < 3; c++)
        {
            for (var i = 0; i < 3; i++)
                Assert.Equal(expected[c][i], colorants[c][i], 0.0002);
        }
    }

    [Fact]
    public void The_profile_is_an_ICC_v2_display_profile_with_its_size_and_tags_in_place()
    {
        var profile = SrgbProfile.Build();

        Assert.Equal((uint)profile.Length, BinaryPrimitives.ReadUInt32BigEndian(profile));
        Assert.Equal(2, profile[8]);
        Assert.Equal("mntrRGB XYZ ", Encoding.ASCII.GetString(profile, 12, 12));
        Assert.Equal("acsp", Encoding.ASCII.GetString(profile, 36, 4));
        var count = BinaryPrimitives.ReadInt32BigEndian(profile.AsSpan(128));
        var tags = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var entry = profile.AsSpan(132 + 12 * i);
            tags.Add(Encoding.ASCII.GetString(entry[..4]));
            var offset = BinaryPrimitives.ReadInt32BigEndian(entry[4..]);
            var size = BinaryPrimitives.ReadInt32BigEndian(entry[8..]);
            Assert.True(offset % 4 == 0 && offset + size <= profile.Length, $"tag {tags[^1]} at {offset}+{size}");
        }
        Assert.Equal(["bTRC", "bXYZ", "cprt", "desc", "gTRC", "gXYZ", "rTRC", "rXYZ", "wtpt"], tags.Order());
    }

    [Fact]
    public void The_profile_is_the_same_bytes_every_time()
    {
        Assert.Equal(SrgbProfile.Build(), SrgbProfile.Build());
    }

    [Fact]
    public void The_transfer_curve_is_the_sRGB_one()
    {
        Assert.Equal(0.0, SrgbProfile.Linear(0));
        Assert.Equal(1.0, SrgbProfile.Linear(1), 1e-12);
        Assert.Equal(0.2140, SrgbProfile.Linear(0.5), 0.0001);
        Assert.Equal(0.04045 / 12.92, SrgbProfile.Linear(0.04045), 1e-12);
    }

    [Fact]
    public void A_CIDSet_sets_one_bit_per_CID_most_significant_first()
    {
        Assert.Equal(new byte[] { 0b1010_0000, 0b0000_0001 }, CidSet.Build([0, 2, 15]));
        Assert.Equal(new byte[] { 0xFF }, CidSet.Build(Enumerable.Range(0, 8)));
        Assert.Empty(CidSet.Build([]));
    }
}
