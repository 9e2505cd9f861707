namespace Briefing.Diagnostics;

/// <summary>How bad a diagnostic is: an error stops the render, a warning does not.</summary>
public enum Severity
{
    /// <summary>The brief cannot be rendered until this is fixed.</summary>
    Error,

    /// <summary>The brief renders, but probably not as meant.</summary>
    Warning,
}
