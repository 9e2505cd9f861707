using Briefing.Testing;
using Briefing.Theming;

namespace Briefing.Tests.Theming;

public sealed class ThemeDocsTests
{
    [Fact]
    public void The_schema_file_is_what_the_format_generates()
    {
        // docs/theme-1.schema.json is what editors point at; regenerate it with ThemeSchema.Generate() when theme/1 changes.
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "theme-1.schema.json");

        Assert.Equal(ThemeSchema.Generate(), File.ReadAllText(path));
    }

    [Fact]
    public void The_schema_names_every_key_of_the_format()
    {
        var schema = ThemeSchema.Generate();

        foreach (var key in new[] { "\"format\"", "\"fonts\"", "\"dirs\"", "\"body\"", "\"heading\"", "\"accent\"", "\"rules\"", "\"table-header\"", "\"banner-text\"", "\"logo\"", "\"alt\"", "\"organisation\"", "\"margins\"" })
            Assert.Contains(key, schema, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_unique_ordered_and_documented_with_their_examples()
    {
        var codes = ThemeCodes.All.Select(c => c.Code).ToList();
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "themes.md"));

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.All(ThemeCodes.All, code =>
        {
            Assert.Matches(@"^THM\d{3}$", code.Code);
            Assert.Matches($@"^themes/x\.yaml:\d+:\d+: (error|warning) {code.Code}: .+$", code.Example);
            Assert.Contains($"| {code.Code} |", docs);
            Assert.Contains(code.Example, docs);
        });
    }
}
