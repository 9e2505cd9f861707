namespace Briefing.Cli.Snapshots;

/// <summary>What <c>brief snapshot</c> was asked: which briefs, into which folder, with page images or not, check or write.</summary>
internal sealed record SnapshotRequest(IReadOnlyList<string> Paths, string Folder, bool Png, bool Check)
{
    /// <summary>The resolution of page images: a point is a pixel, enough to see a 2 pt move, small enough to commit.</summary>
    public const int Dpi = 72;
}
