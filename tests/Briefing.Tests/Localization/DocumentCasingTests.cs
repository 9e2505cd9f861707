using System.Globalization;
using System.Text;
using Briefing.Localization;

namespace Briefing.Tests.Localization;

public sealed class DocumentCasingTests
{
    // Every BMP code unit (lone surrogates included) and every supplementary code point, in one string.
    private static readonly string Everything = BuildEverything();

    [Theory]
    [InlineData("en")]
    [InlineData("en-CA")]
    [InlineData("en-GB")]
    [InlineData("fr")]
    [InlineData("fr-CA")]
    [InlineData("ko")]
    [InlineData("ko-KR")]
    [InlineData("tr")] // Turkish casing: takes the culture's own path
    [InlineData("az")]
    public void Upper_case_is_the_cultures_for_every_character(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);

        Assert.Equal(Everything.ToUpper(culture), DocumentCasing.ToUpper(Everything, culture));
    }

    [Fact]
    public void Dotless_i_upper_cases_as_the_culture_does_not_as_the_invariant_culture_does()
    {
        var english = CultureInfo.GetCultureInfo("en");

        Assert.Equal("KIR I", DocumentCasing.ToUpper("kır ı", english));
        Assert.Equal("kır ı".ToUpper(english), DocumentCasing.ToUpper("kır ı", english));
        Assert.NotEqual("kır ı".ToUpperInvariant(), DocumentCasing.ToUpper("kır ı", english));
    }

    private static string BuildEverything()
    {
        var text = new StringBuilder();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            text.Append((char)c);
        }

        for (var c = 0x10000; c <= 0x10FFFF; c += 7)
        {
            text.Append(char.ConvertFromUtf32(c));
        }

        return text.ToString();
    }
}
