using Briefing.Cli.Launching;
using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Launching;

/// <summary>
/// The launcher's variables do not outlive <see cref="LauncherCheck.Start"/>: a process the command starts
/// (which .NET gives this process's environment) never sees them. Sets this test process's own environment,
/// so it runs alone (<see cref="ProcessEnvironment"/>), never beside a test that starts a process.
/// </summary>
[Collection(ProcessEnvironment.Name)]
public sealed class LauncherVariablesTests : IDisposable
{
    private readonly TempFolder _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Start_takes_both_variables_out_of_the_environment()
    {
        _repo.Write("artifacts/brief-native/.launcher-stamp", "");
        Environment.SetEnvironmentVariable(LauncherCheck.LauncherVariable, _repo.File("brief"));
        Environment.SetEnvironmentVariable(LauncherCheck.StampVariable, _repo.File("artifacts/brief-native/.launcher-stamp"));

        var check = LauncherCheck.Start(["--version"]);

        Assert.NotNull(check);
        Assert.Null(Environment.GetEnvironmentVariable(LauncherCheck.LauncherVariable));
        Assert.Null(Environment.GetEnvironmentVariable(LauncherCheck.StampVariable));
        Assert.Null(LauncherCheck.Start(["--version"]));
    }

    [Fact]
    public void One_variable_alone_starts_nothing_and_is_removed_too()
    {
        Environment.SetEnvironmentVariable(LauncherCheck.StampVariable, _repo.File("stamp"));

        Assert.Null(LauncherCheck.Start(["--version"]));
        Assert.Null(Environment.GetEnvironmentVariable(LauncherCheck.StampVariable));
    }
}

/// <summary>Tests that change this process's environment: run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    /// <summary>The collection's name.</summary>
    public const string Name = "process environment";
}
