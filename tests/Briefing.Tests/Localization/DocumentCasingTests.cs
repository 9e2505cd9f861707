using System.Globalization;
using System.Text;
using Briefing.Localization;
using Icu;

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
    [InlineData("de")]
    [InlineData("tr")] // Turkish casing: dotted i to İ
    [InlineData("az")]
    public void Upper_case_is_icus_for_the_language_for_every_character(string name)
    {
        // The process runs with invariant globalization, so the oracle is ICU itself (through icu.net), code point by
        // code point as .NET's ICU casing called it, with .NET's Turkish and Azeri rule on top; except where the system's
        // ICU is older than .NET's Unicode and does not know the letter or its capital, where .NET's newer casing stands.
        var culture = CultureInfo.GetCultureInfo(name);

        Assert.Equal(IcuUpper(Everything, turkish: name is "tr" or "az"), DocumentCasing.ToUpper(Everything, culture));
    }

    [Fact]
    public void Dotless_i_and_long_s_upper_case_as_every_culture_does_and_dotted_i_as_turkish_does()
    {
        Assert.Equal("KIR I", DocumentCasing.ToUpper("kır ı", CultureInfo.GetCultureInfo("en")));
        Assert.Equal("MASS", DocumentCasing.ToUpper("maſs", CultureInfo.GetCultureInfo("fr")));
        Assert.NotEqual("kır ı".ToUpperInvariant(), DocumentCasing.ToUpper("kır ı", CultureInfo.GetCultureInfo("en")));
        Assert.Equal("İSTANBUL KIR", DocumentCasing.ToUpper("istanbul kır", CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Equal("ISTANBUL KIR", DocumentCasing.ToUpper("istanbul kır", CultureInfo.GetCultureInfo("fr-CA")));
    }

    private static string IcuUpper(string text, bool turkish)
    {
        Wrapper.Init();
        var upper = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[++i]) : text[i];
            var mapped = turkish && codePoint == 'i' ? 0x130 : Character.ToUpper(codePoint);
            if (codePoint is < 0xD800 or > 0xDFFF)
            {
                var newer = char.ConvertToUtf32(char.ConvertFromUtf32(codePoint).ToUpperInvariant(), 0);
                if (Unassigned(codePoint) || Unassigned(newer))
                {
                    mapped = newer;
                }
            }

            if (mapped > 0xFFFF)
            {
                upper.Append(char.ConvertFromUtf32(mapped));
            }
            else
            {
                upper.Append((char)mapped);
            }
        }

        return upper.ToString();
    }

    private static bool Unassigned(int codePoint) => Character.GetCharType(codePoint) == Character.UCharCategory.UNASSIGNED;

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
