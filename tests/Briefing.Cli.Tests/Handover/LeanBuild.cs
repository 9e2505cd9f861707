using System.Text.Json.Nodes;
using Briefing.Cli.Handover;
using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Handover;

/// <summary>
/// The JIT-built <c>brief.dll</c> run as the lean native binary behaves: with the feature switch
/// <see cref="PdfReading.SwitchName"/> false (a runtime configuration given to <c>dotnet exec</c>), so the code
/// the lean binary keeps runs and the handover is taken, and with <see cref="FullBinary.CommandProperty"/>
/// naming a stand-in for the launcher (the lean binary's own is <c>../../brief</c>).
/// </summary>
internal sealed class LeanBuild : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>A lean build handing over to <paramref name="fullCommand"/> (a script's text, written to a file).</summary>
    public LeanBuild(string fullCommand)
    {
        FullCommand = _folder.Write("full-command", fullCommand.Replace("\r\n", "\n", StringComparison.Ordinal));
        LauncherCheckout.MakeExecutable(FullCommand);

        var config = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(BriefProcess.Dll, ".runtimeconfig.json")))!;
        var properties = config["runtimeOptions"]!["configProperties"]!;
        properties[PdfReading.SwitchName] = false;
        properties[FullBinary.CommandProperty] = FullCommand;
        RuntimeConfig = _folder.Write("lean.runtimeconfig.json", config.ToJsonString());
    }

    /// <summary>The stand-in the lean build hands over to.</summary>
    public string FullCommand { get; }

    /// <summary>The runtime configuration that makes <c>brief.dll</c> lean.</summary>
    public string RuntimeConfig { get; }

    /// <summary>A stand-in launcher that prints what it was given (BRIEF_FULL, then one argument a line) and exits 9.</summary>
    public static string Echo => """
        #!/bin/sh
        echo "full BRIEF_FULL=$BRIEF_FULL"
        for argument in "$@"; do echo "[$argument]"; done
        echo "to stderr" >&2
        exit 9

        """;

    /// <summary>A stand-in launcher that runs the full JIT build with the same arguments, as <c>./brief</c> with BRIEF_FULL=1 does.</summary>
    public static string Full => $"""
        #!/bin/sh
        exec dotnet "{BriefProcess.Dll}" "$@"

        """;

    /// <summary>Runs the lean build with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public CommandRun Run(string workingDirectory, params string[] args) =>
        BriefProcess.RunDotnet(workingDirectory, ["exec", "--runtimeconfig", RuntimeConfig, BriefProcess.Dll, .. args],
            start => start.Environment.Remove(FullBinary.EnvironmentVariable));

    public void Dispose() => _folder.Dispose();
}
