using System.Diagnostics.CodeAnalysis;

namespace Briefing.Cli.Handover;

/// <summary>
/// Whether this build of <c>brief</c> reads PDFs (a PDF's embedded sources, <c>snapshot</c>'s read-back). The
/// JIT build and the full native binary do. The lean native binary that <c>./brief</c> runs first is published
/// with this feature switch off (<c>-p:BriefPdfReading=false</c>), so that the AOT compiler leaves out PdfPig and
/// Briefing.Snapshots, whose type data every start would otherwise rehydrate (docs/performance.md); a command
/// that needs them is handed to the full binary (<see cref="FullBinary"/>).
/// </summary>
internal static class PdfReading
{
    /// <summary>The name of the feature switch (a runtime configuration property).</summary>
    public const string SwitchName = "Briefing.Cli.PdfReading.IsSupported";

    /// <summary>
    /// True unless the switch is set to false. The AOT compiler replaces this property by the switch's value
    /// when it is given with <c>Trim="true"</c>, and then drops every branch it guards.
    /// </summary>
    [FeatureSwitchDefinition(SwitchName)]
    public static bool IsSupported => !AppContext.TryGetSwitch(SwitchName, out var enabled) || enabled;
}
