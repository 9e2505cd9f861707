using Briefing.Diagnostics;

namespace Briefing.Theming;

/// <summary>What loading a theme gave: the theme when it has no errors, every diagnostic in file order, and the file's bytes.</summary>
public sealed record ThemeLoadResult(Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics, byte[]? Source = null);
