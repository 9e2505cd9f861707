using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using Briefing.Cli.CommandLine;
using Briefing.Cli.Output;

namespace Briefing.Cli.Tests.CommandLine;

/// <summary>
/// The root's help and version options are brief's own (StandardOptions), not System.CommandLine's, whose
/// constructors set up its resource manager on every start; they behave as System.CommandLine's did.
/// </summary>
public sealed class StandardOptionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("render")]
    [InlineData("--version")]
    public void No_option_in_the_tree_is_one_of_System_CommandLines_own(string? first)
    {
        var root = BriefCommandLine.Build(new CommandContext(new StringWriter(), new StringWriter(), errorIsTerminal: false), first);

        Assert.IsNotType<RootCommand>(root);
        Assert.DoesNotContain(Options(root), option => option is HelpOption or VersionOption);
        Assert.Contains(root.Options, option => option.Name == "--help" && option.Recursive);
        Assert.Contains(root.Options, option => option.Name == "--version" && !option.Recursive);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("--version", "extra")]
    public void Version_prints_the_informational_version_and_exits_0(params string[] args)
    {
        var (exit, output, error) = Run(args);

        var expected = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(0, exit);
        Assert.Equal(expected + Environment.NewLine, output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Version_alone_builds_no_subcommand_and_anything_after_it_builds_them_all()
    {
        var context = new CommandContext(new StringWriter(), new StringWriter(), errorIsTerminal: false);

        Assert.Empty(BriefCommandLine.Build(context, BriefCommandLine.VersionAlone).Subcommands);
        Assert.Equal(9, BriefCommandLine.Build(context, "--version").Subcommands.Count);
        Assert.Equal(Run(["--version"]).Output, Run(["--version", "render"]).Output);
    }

    [Theory]
    [InlineData("-?")]
    [InlineData("/?")]
    [InlineData("/h")]
    public void Every_alias_of_help_shows_the_root_help(string alias)
    {
        var (exit, output, _) = Run([alias]);

        Assert.Equal(0, exit);
        Assert.Equal(Run(["--help"]).Output, output);
        Assert.Contains("-?, -h, --help  Show help and usage information", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_belongs_to_the_root_only()
    {
        var (exit, _, error) = Run(["render", "--version"]);

        Assert.Equal(2, exit);
        Assert.Contains("--version", error, StringComparison.Ordinal);
    }

    private static IEnumerable<Option> Options(Command command) =>
        command.Options.Concat(command.Subcommands.SelectMany(Options));

    private static (int Exit, string Output, string Error) Run(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, new CommandContext(output, error, errorIsTerminal: false));
        return (exit, output.ToString(), error.ToString());
    }
}
