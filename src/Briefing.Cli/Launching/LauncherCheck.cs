using Briefing.Cli.Output;
using Briefing.Cli.Resources;

namespace Briefing.Cli.Launching;

/// <summary>
/// The binary's half of <c>./brief</c>'s fast path. When nothing changed, a shell walk over the sources' times
/// was most of the launcher's cost on every call, so the launcher starts the native binary at once, naming
/// itself (<see cref="LauncherVariable"/>) and its build stamp (<see cref="StampVariable"/>). This class walks
/// the same sources (<see cref="SourceWalk"/>) on a thread of its own from the first line of <c>Main</c>, while
/// the command line is set up; <see cref="EnsureCurrent"/> waits for it before the command does anything
/// visible, and when a source is newer than the stamp it runs the launcher again in this process, with
/// <see cref="RecheckVariable"/> set so that the launcher checks and builds itself. Without the variables
/// (the binary run directly, or by the launcher after its own check) nothing of this runs.
/// </summary>
internal sealed class LauncherCheck
{
    /// <summary>The launcher's path as it was started (<c>$0</c>), which is also where the checkout is.</summary>
    public const string LauncherVariable = "BRIEF_LAUNCHER";

    /// <summary>The stamp of the build being run: a source newer than it means the build is stale.</summary>
    public const string StampVariable = "BRIEF_LAUNCHER_STAMP";

    /// <summary>Set for the launcher run again: skip the fast path, check the sources and build if needed.</summary>
    public const string RecheckVariable = "BRIEF_LAUNCHER_CHECK";

    private readonly string _launcher;
    private readonly IReadOnlyList<string> _args;
    private readonly Thread _walk;
    private bool _stale; // written by _walk, read after joining it

    private LauncherCheck(string launcher, string stamp, IReadOnlyList<string> args)
    {
        _launcher = launcher;
        _args = args;
        var root = Path.GetDirectoryName(launcher) ?? ".";
        _walk = new Thread(() => _stale = Walk(root, stamp)) { IsBackground = true };
        _walk.Start();
    }

    // On its own thread an exception would end the process with a stack trace; whatever went wrong, the
    // launcher's own check (run again when this says stale) gives the answer, and builds if it must.
    private static bool Walk(string root, string stamp)
    {
        try
        {
            return SourceWalk.AnyNewerThan(root, stamp);
        }
        catch (Exception)
        {
            return true;
        }
    }

    /// <summary>
    /// Starts the walk when the launcher named itself and its stamp, and removes both variables from this
    /// process's environment, so that nothing the command starts sees them; null otherwise.
    /// </summary>
    public static LauncherCheck? Start(IReadOnlyList<string> args)
    {
        var launcher = Environment.GetEnvironmentVariable(LauncherVariable);
        var stamp = Environment.GetEnvironmentVariable(StampVariable);
        if (launcher is null && stamp is null)
        {
            return null;
        }

        Environment.SetEnvironmentVariable(LauncherVariable, null);
        Environment.SetEnvironmentVariable(StampVariable, null);
        if (string.IsNullOrEmpty(launcher) || string.IsNullOrEmpty(stamp))
        {
            return null;
        }

        // Absolute now: the command may change the working directory later (it does not before EnsureCurrent).
        return new LauncherCheck(Path.GetFullPath(launcher), Path.GetFullPath(stamp), args);
    }

    /// <summary>
    /// Waits for the walk. If the build is stale, runs the launcher again with the same arguments in this
    /// process (it rebuilds, reports a failed build, or runs the new binary) and does not return; if even
    /// that fails, throws, which the command reports as an internal error.
    /// </summary>
    public void EnsureCurrent()
    {
        _walk.Join();
        if (!_stale)
        {
            return;
        }

        var argv = new List<string>(_args.Count + 1) { _launcher };
        argv.AddRange(_args);
        var error = ProcessReplacement.Exec(_launcher, argv, RecheckVariable + "=1");
        throw new InvalidOperationException(Text.Format(Messages.LauncherRerunFailed, _launcher, error));
    }
}
