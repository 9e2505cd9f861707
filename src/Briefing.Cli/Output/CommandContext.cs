namespace Briefing.Cli.Output;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, diagnostics and progress to <see cref="Error"/>.
/// Passed in rather than read from <see cref="Console"/> so that nothing is global.
/// </summary>
internal sealed class CommandContext(TextWriter output, TextWriter error, bool errorIsTerminal)
{
    /// <summary>The results: written files, the schema, font tables.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Diagnostics, summaries and progress.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Whether <see cref="Error"/> is a terminal, so progress may be drawn on it.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;
}
