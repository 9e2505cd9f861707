namespace Briefing.Snapshots.Verification;

/// <summary>How a <see cref="SnapshotStore"/> compares and whether it may accept.</summary>
/// <param name="Accept">Write received content as verified instead of failing (refused on a build server).</param>
/// <param name="ChannelTolerance">Per-channel difference (0-255) below which image pixels count as equal.</param>
/// <param name="BuildServer">True on a build server; null reads the <c>CI</c> environment variable.</param>
public sealed record SnapshotOptions(bool Accept = false, int ChannelTolerance = 8, bool? BuildServer = null)
{
    /// <summary>How to accept, said after a mismatch; null says "rerun with BRIEF_ACCEPT_SNAPSHOTS=1" (a command line tool says its own command).</summary>
    public string? AcceptHint { get; init; }

    /// <summary>The environment variable that asks to accept snapshots locally.</summary>
    public const string AcceptVariable = "BRIEF_ACCEPT_SNAPSHOTS";

    /// <summary>Options from the environment: accept when <c>BRIEF_ACCEPT_SNAPSHOTS=1</c>, build server when <c>CI</c> is set.</summary>
    public static SnapshotOptions FromEnvironment(int channelTolerance = 8) =>
        FromVariables(Environment.GetEnvironmentVariable, channelTolerance);

    /// <summary>
    /// Options from <paramref name="variable"/>, which reads an environment variable by name: the one
    /// place that decides, so tests can give it an environment without changing the process's own.
    /// </summary>
    internal static SnapshotOptions FromVariables(Func<string, string?> variable, int channelTolerance = 8) => new(
        Accept: variable(AcceptVariable) is "1" or "true",
        ChannelTolerance: channelTolerance,
        BuildServer: IsBuildServer(variable("CI")));

    /// <summary>True when the value of <c>CI</c> marks a build server: set, and not empty, "0" or "false".</summary>
    public static bool IsBuildServer(string? ciVariable) =>
        !string.IsNullOrWhiteSpace(ciVariable)
        && ciVariable.Trim() != "0"
        && !string.Equals(ciVariable.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether accepting is actually allowed: asked for, and not on a build server.</summary>
    public bool MayAccept => Accept && !(BuildServer ?? IsBuildServer(Environment.GetEnvironmentVariable("CI")));

    /// <summary>True when accepting was asked for but refused because this is a build server.</summary>
    public bool AcceptRefused => Accept && !MayAccept;
}
