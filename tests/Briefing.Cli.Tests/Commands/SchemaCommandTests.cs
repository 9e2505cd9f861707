using System.Text.Json;
using Briefing.Cli.Tests.Infrastructure;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Commands;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_prints_the_committed_json_schema_on_stdout()
    {
        var run = BriefProcess.Run("schema");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal("http://json-schema.org/draft-07/schema#", document.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(
            File.ReadAllText(RepositoryRoot.Combine("docs", "brief-1.schema.json")).TrimEnd(),
            run.Out.TrimEnd());
    }
}
