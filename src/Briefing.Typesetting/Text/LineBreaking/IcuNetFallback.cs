using System.Diagnostics.CodeAnalysis;

namespace Briefing.Typesetting.Text.LineBreaking;

/// <summary>
/// Whether <see cref="LineBreaker"/> may fall back to icu.net when the system ICU's C API cannot be found by
/// <see cref="NativeLineIterator"/>. On by default. A Native AOT application may turn it off (a runtime
/// configuration property with <c>Trim="true"</c>): there icu.net's own way of finding ICU, through the
/// application's dependency context, does not work anyway (it reports IL3000/IL3002 when published), so the
/// fallback could only probe the system libraries NativeLineIterator already probed, yet it keeps
/// System.Private.Xml, Microsoft.Extensions.DependencyModel and System.Text.Json in the binary, whose type data
/// every start expands (docs/performance.md).
/// </summary>
public static class IcuNetFallback
{
    /// <summary>The name of the feature switch.</summary>
    public const string SwitchName = "Briefing.Typesetting.LineBreaking.IcuNetFallback.IsSupported";

    /// <summary>True unless the switch is set to false; the AOT compiler then drops the fallback's code.</summary>
    [FeatureSwitchDefinition(SwitchName)]
    public static bool IsSupported => !AppContext.TryGetSwitch(SwitchName, out var enabled) || enabled;
}
