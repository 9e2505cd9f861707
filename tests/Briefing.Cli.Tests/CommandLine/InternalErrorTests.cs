using System.Text;
using Briefing.Cli.Output;

namespace Briefing.Cli.Tests.CommandLine;

public sealed class InternalErrorTests
{
    [Fact]
    public void An_unexpected_exception_is_one_line_without_a_stack_trace_and_exit_70()
    {
        // Given standard output that fails as a full disk would
        var error = new StringWriter();
        var context = new CommandContext(new FailingWriter(), error, errorIsTerminal: false);

        // When
        var exit = Program.Run(["schema"], context);

        // Then
        Assert.Equal(70, exit);
        Assert.Equal("brief: internal error: No space left on device\n", error.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Parse_errors_exit_2_in_process_too()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = Program.Run(["render", "--lang", "de", "x.yaml"], new CommandContext(output, error, errorIsTerminal: false));

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Contains("'de' is not a supported language", error.ToString());
    }

    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }
}
