using Briefing.Snapshots.Pdf;

namespace Briefing.Snapshots.Tests.Pdf;

public sealed class FontNamesTests
{
    [Theory]
    [InlineData("ABCDEF+NotoSans", "NotoSans", true)]
    [InlineData("QWERTY+NanumGothic-Bold", "NanumGothic-Bold", true)]
    [InlineData("NotoSans", "NotoSans", false)]
    [InlineData("ABCDEf+NotoSans", "ABCDEf+NotoSans", false)]
    [InlineData("ABCDE+NotoSans", "ABCDE+NotoSans", false)]
    [InlineData("ABCDEF+", "ABCDEF+", false)]
    public void A_six_capital_letter_tag_is_stripped_and_remembered_as_subset(string baseName, string name, bool subset)
    {
        Assert.Equal((name, subset), FontNames.Normalize(baseName));
    }
}
