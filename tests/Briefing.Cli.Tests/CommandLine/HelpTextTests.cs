using System.CommandLine;
using Briefing.Cli.Output;
using Briefing.Testing;

namespace Briefing.Cli.Tests.CommandLine;

/// <summary>
/// Every help and usage text, byte for byte, against the texts the command printed before the command line
/// stopped reading its descriptions up front (HelpTexts/, written from 8327e04 with
/// <c>BRIEF_ACCEPT_HELP=1</c>): descriptions are looked up only when help is shown, and must come out the same.
/// </summary>
public sealed class HelpTextTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "root-help", ["--help"] },
        { "root-h", ["-h"] },
        { "no-arguments", [] },
        { "misspelt", ["rendr"] },
        { "render-help", ["render", "--help"] },
        { "render-bad-option", ["render", "--no-such-option", "x.yaml"] },
        { "render-bad-lang", ["render", "x.yaml", "--lang", "de"] },
        { "validate-help", ["validate", "--help"] },
        { "new-help", ["new", "--help"] },
        { "schema-help", ["schema", "--help"] },
        { "fonts-help", ["fonts", "--help"] },
        { "snapshot-help", ["snapshot", "--help"] },
        { "extract-help", ["extract", "-h"] },
        { "watch-help", ["watch", "--help"] },
        { "bundle-help", ["bundle", "--help"] },
        { "bundle-missing", ["bundle", "x.yaml"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Help_and_usage_texts_are_unchanged(string name, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, new CommandContext(output, error, errorIsTerminal: false));
        var text = $"exit {exit}\n--- stdout\n{output}\n--- stderr\n{error}".Replace("\r\n", "\n", StringComparison.Ordinal);

        var file = RepositoryRoot.Combine("tests", "Briefing.Cli.Tests", "CommandLine", "HelpTexts", name + ".txt");
        if (Environment.GetEnvironmentVariable("BRIEF_ACCEPT_HELP") == "1")
        {
            File.WriteAllText(file, text);
        }

        Assert.Equal(File.ReadAllText(file), text);
    }
}
