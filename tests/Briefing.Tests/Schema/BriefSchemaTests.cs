using System.Text.Json.Nodes;
using Briefing.Schema;
using Briefing.Testing;
using Briefing.Tests.Samples;
using Json.Schema;

namespace Briefing.Tests.Schema;

public sealed class BriefSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(BriefSchema.Generate());

    [Fact]
    public void The_full_sample_validates_against_the_schema()
    {
        var result = Evaluate(SampleBriefs.Full);

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void The_minimal_sample_validates_against_the_schema()
    {
        Assert.True(Evaluate(SampleBriefs.Minimal).IsValid);
    }

    [Theory]
    [InlineData("classification: unclassified", "classification: secrte")]
    [InlineData("date: 2025-10-30", "date: 30/10/2025")]
    [InlineData("format: brief/1", "format: brief/2")]
    [InlineData("title: { en: \"Title\", ko: \"제목\" }", "titel: { en: \"Title\", ko: \"제목\" }")]
    [InlineData("summary: { en: \"Summary.\", ko: \"요약\" }", "summary: [Summary]")]
    [InlineData("  on: 2025-10-31", "  on: 2025-10-31\n  version: 0")]
    [InlineData("languages: [en, ko]", "languages: []")]
    [InlineData("languages: [en, ko]", "languages: [en, english]")]
    public void A_broken_brief_does_not_validate(string find, string replacement)
    {
        Assert.Contains(find, SampleBriefs.Minimal);

        Assert.False(Evaluate(SampleBriefs.Minimal.Replace(find, replacement)).IsValid);
    }

    [Fact]
    public void The_schema_lists_the_enumerations_and_forbids_unknown_keys()
    {
        var schema = JsonNode.Parse(BriefSchema.Generate())!;

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
        Assert.False((bool)schema["additionalProperties"]!);
        Assert.Equal(
            ["unclassified", "protected-a", "protected-b", "protected-c", "confidential", "secret", "top-secret"],
            schema["properties"]!["classification"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(7, schema["definitions"]!["agreement"]!["properties"]!["status"]!["enum"]!.AsArray().Count);
        Assert.Equal(
            ["format", "languages", "classification", "date", "title", "location", "prepared", "summary"],
            schema["required"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(["on"], schema["definitions"]!["prepared"]!["required"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public void Generating_twice_gives_the_same_text()
    {
        Assert.Equal(BriefSchema.Generate(), BriefSchema.Generate());
    }

    [Fact]
    [Trait("needs", "summit")]
    public void The_summit_brief_validates_against_the_schema()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "briefs", "2025-10-30-korea-canada-summit.yaml");

        var result = Evaluate(File.ReadAllText(path));

        Assert.True(result.IsValid, Describe(result));
    }

    private static EvaluationResults Evaluate(string yaml) =>
        Schema.Evaluate(YamlToJson.Convert(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
