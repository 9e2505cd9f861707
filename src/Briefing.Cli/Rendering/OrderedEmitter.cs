using Briefing.Cli.Output;

namespace Briefing.Cli.Rendering;

/// <summary>
/// Prints the outcomes of briefs rendered in parallel in the order the briefs were given, so that the
/// output is the same as a sequential run's. Each outcome goes out as soon as all before it are done,
/// unless <c>hold</c> is set (a progress display owns the terminal until <see cref="Flush"/>).
/// </summary>
internal sealed class OrderedEmitter(CommandContext context, int count, bool hold)
{
    private readonly BriefOutcome?[] _outcomes = new BriefOutcome?[count];
    private readonly object _gate = new();
    private int _next;
    private bool _holding = hold;

    /// <summary>Records the outcome of brief <paramref name="index"/> and prints whatever is now in order.</summary>
    public void Complete(int index, BriefOutcome outcome)
    {
        lock (_gate)
        {
            _outcomes[index] = outcome;
            if (!_holding)
            {
                Drain();
            }
        }
    }

    /// <summary>Stops holding and prints everything recorded so far.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            _holding = false;
            Drain();
        }
    }

    private void Drain()
    {
        while (_next < _outcomes.Length && _outcomes[_next] is { } outcome)
        {
            foreach (var line in outcome.Problems)
            {
                context.Error.WriteLine(line);
            }

            foreach (var path in outcome.Written)
            {
                context.Out.WriteLine(path);
            }

            _next++;
        }

        context.Error.Flush();
        context.Out.Flush();
    }
}
