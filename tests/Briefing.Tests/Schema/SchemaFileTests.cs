using Briefing.Schema;
using Briefing.Testing;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Schema;

public sealed class SchemaFileTests
{
    [Fact]
    public void The_committed_schema_file_is_what_the_generator_writes()
    {
        // docs/brief-1.schema.json is what editors point at; regenerate it with BriefSchema.Generate() when the format changes.
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "brief-1.schema.json");

        Assert.Equal(BriefSchema.Generate(), File.ReadAllText(path));
    }
}
