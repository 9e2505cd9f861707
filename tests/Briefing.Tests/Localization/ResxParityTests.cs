using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefing.Testing;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Localization;

public sealed partial class ResxParityTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Find(), "src", "Briefing", "Localization");

    public static TheoryData<string> Translations()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "Strings.*.resx"))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void There_is_a_korean_translation()
    {
        Assert.True(File.Exists(Path.Combine(Folder, "Strings.ko.resx")));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_has_exactly_the_keys_of_the_english_file(string translation)
    {
        var english = Read("Strings.resx");
        var translated = Read(translation);

        Assert.Equal(english.Keys.Order(), translated.Keys.Order());
    }

    [Theory]
    [InlineData("Strings.resx")]
    [InlineData("Strings.ko.resx")]
    public void No_value_is_empty(string file)
    {
        Assert.All(Read(file), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{file}: {pair.Key} is empty"));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_uses_the_same_placeholders_as_english(string translation)
    {
        var english = Read("Strings.resx");
        var translated = Read(translation);

        foreach (var (key, value) in english)
        {
            Assert.Equal(Placeholders(value), Placeholders(translated[key]));
        }
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? string.Empty);

    private static string[] Placeholders(string value) =>
        Placeholder().Matches(value).Select(match => match.Value).Order().ToArray();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
