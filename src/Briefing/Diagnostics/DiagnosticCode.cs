namespace Briefing.Diagnostics;

/// <summary>One entry of the diagnostic catalogue: code, default severity, what it means and an example.</summary>
public sealed record DiagnosticCode(string Code, Severity Severity, string Description, string Example);
