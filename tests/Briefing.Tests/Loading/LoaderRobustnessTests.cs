using Briefing.Loading;
using Briefing.Tests.Samples;
using CsCheck;

namespace Briefing.Tests.Loading;

/// <summary>Whatever the input, loading gives diagnostics, never an exception.</summary>
public sealed class LoaderRobustnessTests
{
    private static readonly BriefLoader Loader = new();

    [Fact]
    public void Random_text_never_throws_and_every_diagnostic_has_a_position()
    {
        Gen.String.Sample(text =>
        {
            var result = Loader.Load(text, "briefs/x.yaml");
            Assert.All(result.Diagnostics, d => Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1, d.ToString()));
            Assert.True(result.Brief is null || !result.HasErrors);
        }, iter: 300);
    }

    [Fact]
    public void A_stray_bracket_that_trips_the_yaml_scanner_is_a_syntax_diagnostic()
    {
        // Found by the sampling test below: YamlDotNet throws InvalidOperationException on this input.
        var text = SampleBriefs.Full.Insert(402, "[");

        var result = Loader.Load(text, "briefs/x.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BRF001", diagnostic.Code);
        Assert.True(diagnostic.Span.Line >= 1, diagnostic.ToString());
    }

    [Fact]
    public void A_sample_with_one_character_changed_never_throws()
    {
        var sample = SampleBriefs.Full;
        var edit = Gen.Select(Gen.Int[0, sample.Length - 1], Gen.Char["\n\t :-[]{}&*!|>'\"#%@`,?\\x\u202E\u0007"], Gen.Bool);
        edit.Sample((position, character, insert) =>
        {
            var text = insert
                ? sample.Insert(position, character.ToString())
                : sample.Remove(position, 1).Insert(position, character.ToString());
            var result = Loader.Load(text, "briefs/x.yaml");
            Assert.All(result.Diagnostics, d => Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1, d.ToString()));
        }, iter: 400);
    }

    [Fact]
    public void A_bug_of_ours_inside_the_tree_builder_is_thrown_not_reported_as_a_yaml_syntax_error()
    {
        // Given a loader whose tree builder fails at the key "format", as a null dereference of ours would
        var loader = new BriefLoader
        {
            BeforeEvent = e => { if (e is YamlDotNet.Core.Events.Scalar { Value: "format" }) throw new NullReferenceException("injected"); },
        };

        // When / Then: the exception reaches the caller (the CLI turns it into exit 70), with no BRF001
        var thrown = Assert.Throws<NullReferenceException>(() => loader.Load(SampleBriefs.Minimal, "briefs/x.yaml"));
        Assert.Equal("injected", thrown.Message);
    }

    [Fact]
    public void Without_the_injected_fault_the_same_brief_loads()
    {
        // The control for the test above: the fault, not the brief, makes it throw.
        var loader = new BriefLoader { BeforeEvent = _ => { } };

        Assert.Empty(loader.Load(SampleBriefs.Minimal, "briefs/x.yaml").Diagnostics);
    }
}
