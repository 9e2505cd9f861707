using Briefing.Typesetting.Fonts;

namespace Briefing.Typesetting.Tests.Fonts;

public class FaceMatchingTests
{
    // CSS Fonts 4, "font-weight" matching, with faces at every hundred from 100 to 900 except the asked one.
    [Theory]
    [InlineData(400, new[] { 300, 500, 600 }, 500)]
    [InlineData(400, new[] { 300, 600 }, 300)]
    [InlineData(500, new[] { 400, 600 }, 400)]
    [InlineData(450, new[] { 400, 500 }, 500)]
    [InlineData(300, new[] { 200, 400 }, 200)]
    [InlineData(300, new[] { 400, 700 }, 400)]
    [InlineData(700, new[] { 600, 800 }, 800)]
    [InlineData(700, new[] { 400, 600 }, 600)]
    [InlineData(600, new[] { 400, 500 }, 500)]
    public void Picks_the_weight_css_would(int desired, int[] available, int expected)
    {
        int best = available.MinBy(w => FaceMatching.WeightDistance(desired, w));

        Assert.Equal(expected, best);
    }

    [Fact]
    public void An_exact_weight_always_wins()
    {
        for (int desired = 100; desired <= 900; desired += 50)
        {
            for (int other = 100; other <= 900; other += 50)
            {
                if (other != desired)
                    Assert.True(FaceMatching.WeightDistance(desired, desired) < FaceMatching.WeightDistance(desired, other));
            }
        }
    }
}
