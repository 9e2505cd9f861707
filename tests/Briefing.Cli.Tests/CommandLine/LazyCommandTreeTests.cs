using System.CommandLine;
using Briefing.Cli.CommandLine;
using Briefing.Cli.Output;

namespace Briefing.Cli.Tests.CommandLine;

public sealed class LazyCommandTreeTests
{
    public static TheoryData<string> Names => new() { "render", "validate", "new", "schema", "fonts", "snapshot", "extract", "watch", "bundle" };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_subcommand_built_alone_helps_and_parses_as_in_the_whole_tree(string name)
    {
        string[][] cases = [[name, "--help"], [name, "--no-such-option", "x.yaml"], [name, "-h"]];
        foreach (var args in cases)
        {
            var alone = Invoke(BriefCommandLine.Build, name, args);
            var whole = Invoke((context, _) => BriefCommandLine.Build(context), name, args);

            Assert.Equal(whole, alone);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_tree_holds_only_the_command_its_first_argument_names(string name)
    {
        var context = new CommandContext(new StringWriter(), new StringWriter(), errorIsTerminal: false);

        Assert.Equal([name], BriefCommandLine.Build(context, name).Subcommands.Select(c => c.Name));
        Assert.Equal(9, BriefCommandLine.Build(context, "--help").Subcommands.Count);
        Assert.Equal(9, BriefCommandLine.Build(context, "rendr").Subcommands.Count);
    }

    private static (string Out, string Errors) Invoke(Func<CommandContext, string?, Command> build, string name, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = build(new CommandContext(output, error, errorIsTerminal: false), name);
        var parse = root.Parse(args);
        var errors = string.Join("\n", parse.Errors.Select(e => e.Message));
        if (parse.Errors.Count == 0)
        {
            parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        return (output.ToString(), errors + "\n" + error);
    }
}
