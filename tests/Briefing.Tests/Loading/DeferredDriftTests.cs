using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Loading;

public sealed class DeferredDriftTests
{
    // Drift on the title: 12 against 13.
    private static readonly string Drifted = SampleBriefs.Minimal
        .Replace("title: { en: \"Title\", ko: \"제목\" }", "title: { en: \"12 submarines\", ko: \"잠수함 13척\" }");

    [Fact]
    public void The_deferred_drift_check_gives_what_the_loader_gives_in_line()
    {
        var inline = new BriefLoader().Load(Drifted, "briefs/x.yaml");
        var deferred = new BriefLoader { DeferTranslationDrift = true }.Load(Drifted, "briefs/x.yaml");

        Assert.Null(inline.TranslationDrift);
        Assert.NotNull(deferred.TranslationDrift);
        var drift = deferred.TranslationDrift();
        Assert.Contains(inline.Diagnostics, d => d.Code == "BRF080");
        Assert.DoesNotContain(deferred.Diagnostics, d => d.Code == "BRF080");
        var merged = deferred.Diagnostics.Concat(drift).Order(Comparer<Diagnostic>.Create(Diagnostic.Compare));
        Assert.Equal(inline.Diagnostics, merged);
        Assert.NotNull(deferred.Brief);
    }

    [Fact]
    public void A_file_with_errors_has_no_drift_check_to_defer()
    {
        var broken = Drifted.Replace("classification: unclassified", "classification: secrte");

        var deferred = new BriefLoader { DeferTranslationDrift = true }.Load(broken, "briefs/x.yaml");

        Assert.Null(deferred.TranslationDrift);
        Assert.Null(deferred.Brief);
    }
}
