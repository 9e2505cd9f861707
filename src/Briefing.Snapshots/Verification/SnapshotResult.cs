namespace Briefing.Snapshots.Verification;

/// <summary>The result of verifying one snapshot (text, or all pages of an image snapshot).</summary>
/// <param name="Name">The snapshot name, <c>&lt;Class&gt;.&lt;Method&gt;[.&lt;name&gt;]</c>.</param>
/// <param name="Outcome">The worst outcome over the compared files.</param>
/// <param name="Message">A readable report: the unified diff for text, pixel counts for images; empty on a match.</param>
/// <param name="WrittenFiles">The received, diff or verified files written by this verification.</param>
public sealed record SnapshotResult(string Name, SnapshotOutcome Outcome, string Message, IReadOnlyList<string> WrittenFiles)
{
    /// <summary>True when the snapshot matched or was accepted.</summary>
    public bool Passed => Outcome is SnapshotOutcome.Matched or SnapshotOutcome.Accepted;
}
