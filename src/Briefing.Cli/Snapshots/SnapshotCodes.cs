namespace Briefing.Cli.Snapshots;

/// <summary>
/// The codes of <c>brief snapshot</c>'s own problems (the 91x part of the command's 9xx range); render
/// problems keep the codes of <c>brief render</c> (BRF902, BRF903, BRF905, BRF906, BRF907).
/// </summary>
internal static class SnapshotCodes
{
    /// <summary>BRF910: under <c>--check</c>, a snapshot differs from its verified file.</summary>
    public const string Differs = "BRF910";

    /// <summary>BRF911: under <c>--check</c>, a snapshot has no verified file yet.</summary>
    public const string Missing = "BRF911";

    /// <summary>BRF912: <c>--png</c> needs poppler's pdftoppm, which cannot be started.</summary>
    public const string PdftoppmMissing = "BRF912";

    /// <summary>BRF913: a snapshot file cannot be written.</summary>
    public const string WriteFailed = "BRF913";
}
