namespace Briefing.Snapshots.Verification;

/// <summary>What happened when a snapshot was compared with its verified file.</summary>
public enum SnapshotOutcome
{
    /// <summary>The received content equals the verified file (within the image tolerance).</summary>
    Matched,

    /// <summary>Accept mode wrote the received content as the new verified file.</summary>
    Accepted,

    /// <summary>No verified file exists; a received file was written.</summary>
    Missing,

    /// <summary>The received content differs from the verified file; a received file (and diff mask) was written.</summary>
    Changed,
}
