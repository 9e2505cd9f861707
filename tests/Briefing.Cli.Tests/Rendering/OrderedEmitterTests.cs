using Briefing.Cli.Output;
using Briefing.Cli.Rendering;

namespace Briefing.Cli.Tests.Rendering;

public sealed class OrderedEmitterTests
{
    [Fact]
    public void Outcomes_finishing_out_of_order_are_printed_in_the_order_given()
    {
        var (context, output, error) = Context();
        var emitter = new OrderedEmitter(context, 3, hold: false);

        emitter.Complete(2, Outcome("c"));
        emitter.Complete(1, Outcome("b"));
        Assert.Equal(string.Empty, output.ToString());
        emitter.Complete(0, Outcome("a"));

        Assert.Equal("a.pdf\nb.pdf\nc.pdf\n", output.ToString().Replace("\r\n", "\n"));
        Assert.Equal("a: problem\nb: problem\nc: problem\n", error.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Holding_prints_nothing_until_flushed()
    {
        var (context, output, _) = Context();
        var emitter = new OrderedEmitter(context, 1, hold: true);

        emitter.Complete(0, Outcome("a"));
        Assert.Equal(string.Empty, output.ToString());
        emitter.Flush();

        Assert.Equal("a.pdf\n", output.ToString().Replace("\r\n", "\n"));
    }

    private static (CommandContext Context, StringWriter Output, StringWriter Error) Context()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (new CommandContext(output, error, errorIsTerminal: false), output, error);
    }

    private static BriefOutcome Outcome(string name)
    {
        var outcome = new BriefOutcome();
        outcome.Fail($"{name}: problem");
        outcome.Written.Add($"{name}.pdf");
        return outcome;
    }
}
