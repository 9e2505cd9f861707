using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Commands;

public sealed class UsageTests
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("render")]
    [InlineData("render", "briefs", "--lang", "de")]
    [InlineData("render", "briefs", "--lang", "en,")]
    [InlineData("render", "briefs", "--lang", "all,ko")]
    [InlineData("render", "briefs", "--paper", "a5")]
    [InlineData("render", "briefs", "--frame", "memo")]
    [InlineData("render", "briefs", "--pdf-standard", "a-2b")]
    [InlineData("render", "briefs", "--pdf-standard", "a-1b,")]
    [InlineData("render", "briefs", "--no-such-option")]
    [InlineData("validate")]
    [InlineData("new")]
    [InlineData("new", "Not_Kebab")]
    [InlineData("fonts", "--lang", "xx")]
    [InlineData("render", "briefs", "--lang", "ko+ko")]
    [InlineData("render", "briefs", "--lang", "ko+en+fr")]
    [InlineData("render", "briefs", "--lang", "ko+de")]
    public void Wrong_usage_exits_2_with_a_message_and_a_pointer_to_help(params string[] args)
    {
        var run = BriefProcess.Run(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("brief", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void No_command_at_all_is_wrong_usage()
    {
        var run = BriefProcess.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'brief --help' for usage.", run.Error);
    }

    [Fact]
    public void A_bad_language_names_the_supported_ones()
    {
        var run = BriefProcess.Run("render", "briefs", "--lang", "de");

        Assert.Contains("'de' is not a supported language; supported: en, fr, ko", run.Error);
        Assert.Contains("Run 'brief render --help' for usage.", run.Error);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("validate")]
    [InlineData("new")]
    [InlineData("schema")]
    [InlineData("fonts")]
    public void Every_command_has_help_with_examples(string command)
    {
        var run = BriefProcess.Run(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Out);
        Assert.Contains($"brief {command}", run.Out);
    }

    [Fact]
    public void The_root_help_lists_every_command_and_the_exit_codes()
    {
        var run = BriefProcess.Run("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "render", "validate", "new", "schema", "fonts" })
        {
            Assert.Contains(command, run.Out);
        }

        Assert.Contains("Exit codes: 0 ok, 1 problems in the input, 2 wrong usage", run.Out);
    }
}
