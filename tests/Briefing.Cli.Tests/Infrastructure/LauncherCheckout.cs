using System.Diagnostics;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Infrastructure;

/// <summary>
/// A copy of the repository's root for the <c>./brief</c> launcher's tests: the real launcher script, a few
/// sources (one under <c>obj/</c>, which is build output), and a <c>bin/</c> folder that the launcher finds
/// first on its PATH, where each test class puts its own stand-in <c>dotnet</c> (which logs to
/// <see cref="Log"/>).
/// </summary>
public sealed class LauncherCheckout : IDisposable
{
    private readonly TempFolder _repo = new();

    /// <summary>Writes the launcher, its set-up script, both props files and three sources.</summary>
    public LauncherCheckout()
    {
        _repo.Write("brief", System.IO.File.ReadAllText(RepositoryRoot.Combine("brief")));
        _repo.Write(".ci/setup", "exit 0\n");
        _repo.Write("Directory.Build.props", "<Project />\n");
        _repo.Write("Directory.Packages.props", "<Project />\n");
        _repo.Write("src/Briefing.Cli/Briefing.Cli.csproj", "<Project />\n");
        _repo.Write("src/Briefing/Model/Brief.cs", "class Brief { }\n");
        _repo.Write("src/Briefing/obj/Generated.cs", "class Generated { }\n");
        MakeExecutable(_repo.File("brief"));
    }

    /// <summary>The folder.</summary>
    public string Path => _repo.Path;

    /// <summary>Where the stand-in <c>dotnet</c> logs its command lines.</summary>
    public string Log => _repo.File("dotnet.log");

    /// <summary>The full path of <paramref name="relative"/> in the copy.</summary>
    public string File(string relative) => _repo.File(relative);

    /// <summary>Writes <paramref name="relative"/>, returning its full path.</summary>
    public string Write(string relative, string text) => _repo.Write(relative, text);

    /// <summary>Writes the stand-in <c>dotnet</c> (a bash script; Windows line ends are taken out) and makes it executable.</summary>
    public void WriteDotnet(string script) => MakeExecutable(_repo.Write("bin/dotnet", script.Replace("\r\n", "\n", StringComparison.Ordinal)));

    /// <summary>Makes <paramref name="source"/> (created when missing) newer than anything a build wrote.</summary>
    public void MakeNewerThanTheBuild(string source)
    {
        var path = _repo.File(source);
        if (!System.IO.File.Exists(path))
        {
            _repo.Write(source, "class New { }\n");
        }

        // A second later than anything the build wrote, whatever the file system's time resolution.
        System.IO.File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
    }

    /// <summary>The <c>publish</c> command lines the stand-in <c>dotnet</c> was given, in order.</summary>
    public List<string> Publishes() =>
        System.IO.File.Exists(Log)
            ? System.IO.File.ReadAllLines(Log).Where(line => line.StartsWith("publish", StringComparison.Ordinal)).ToList()
            : [];

    /// <summary>How to start <c>./brief</c> with <paramref name="args"/> here, the stand-ins first on the PATH.</summary>
    public ProcessStartInfo Launcher(string[] args)
    {
        var start = new ProcessStartInfo(_repo.File("brief"), args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _repo.Path,
        };
        start.Environment["PATH"] = _repo.File("bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_LOG"] = Log;
        return start;
    }

    /// <summary>Sets <paramref name="name"/> in <paramref name="start"/>'s environment, or removes it when <paramref name="value"/> is null.</summary>
    public static void Set(ProcessStartInfo start, string name, string? value)
    {
        if (value is null)
        {
            start.Environment.Remove(name);
        }
        else
        {
            start.Environment[name] = value;
        }
    }

    /// <summary>Runs <paramref name="start"/> to its end: exit code, standard output and error, trimmed.</summary>
    public static (int Exit, string Out, string Err) Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Trim(), stderr.Result.Trim());
    }

    /// <summary>Makes <paramref name="path"/> executable by its owner.</summary>
    public static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _repo.Dispose();
}
