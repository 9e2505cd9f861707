using Briefing.Diagnostics;
using Briefing.Testing;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Diagnostics;

public sealed class DiagnosticCodesTests
{
    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticCodes.All.Select(c => c.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches(@"^BRF\d{3}$", code));
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Every_example_is_a_diagnostic_line_of_its_own_code()
    {
        Assert.All(DiagnosticCodes.All, code =>
        {
            var severity = code.Severity == Severity.Error ? "error" : "warning";
            // A brief, or (codes of sources read from a PDF) the PDF or the brief inside it, out/x.ko.pdf#x.yaml.
            Assert.Matches($@"^(briefs/x\.yaml|out/x\.ko\.pdf(#x\.yaml)?):\d+:\d+: {severity} {code.Code}: .+$", code.Example);
        });
    }

    [Fact]
    public void The_docs_list_every_code_with_its_example()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "diagnostics.md"));

        Assert.All(DiagnosticCodes.All, code =>
        {
            Assert.Contains($"| {code.Code} |", docs);
            Assert.Contains(code.Example, docs);
        });
    }

    [Fact]
    public void Diagnostics_sort_by_line_then_column()
    {
        var late = new Diagnostic(Severity.Error, "BRF010", "b", new SourceSpan("f", 10, 1));
        var early = new Diagnostic(Severity.Error, "BRF030", "a", new SourceSpan("f", 2, 9));
        var sameLine = new Diagnostic(Severity.Warning, "BRF015", "c", new SourceSpan("f", 2, 3));

        var sorted = new[] { late, early, sameLine }.Order(Comparer<Diagnostic>.Create(Diagnostic.Compare)).ToList();

        Assert.Equal([sameLine, early, late], sorted);
        Assert.Equal("f:2:3: warning BRF015: c", sameLine.ToString());
    }
}
