namespace Briefing.Model;

/// <summary>The security marking of a brief (Canadian levels; Korean equivalents come from the resx).</summary>
public enum Classification
{
    /// <summary>unclassified</summary>
    Unclassified,

    /// <summary>protected-a</summary>
    ProtectedA,

    /// <summary>protected-b</summary>
    ProtectedB,

    /// <summary>protected-c</summary>
    ProtectedC,

    /// <summary>confidential</summary>
    Confidential,

    /// <summary>secret</summary>
    Secret,

    /// <summary>top-secret</summary>
    TopSecret,
}
