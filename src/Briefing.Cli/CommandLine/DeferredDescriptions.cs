using System.CommandLine;
using Briefing.Cli.Resources;

namespace Briefing.Cli.CommandLine;

/// <summary>
/// The commands' descriptions are the names of their <c>Messages</c> entries (<c>nameof(Messages.X)</c>) until
/// help is shown, and only then looked up: only help prints them, and the first lookup sets up the resource
/// manager (reflection over the assembly and its attributes), which a successful English render otherwise never
/// needs (docs/performance.md). <see cref="HelpWithExamples"/> resolves the tree before the built-in help runs.
/// </summary>
internal static class DeferredDescriptions
{
    /// <summary>Replaces every description under <paramref name="command"/> that names a message by its text.</summary>
    public static void Resolve(Command command)
    {
        command.Description = Text(command.Description);
        foreach (var option in command.Options)
        {
            option.Description = Text(option.Description);
        }

        foreach (var argument in command.Arguments)
        {
            argument.Description = Text(argument.Description);
        }

        foreach (var subcommand in command.Subcommands)
        {
            Resolve(subcommand);
        }
    }

    // A description that is not a message's name (System.CommandLine's own, or one already resolved) stays.
    private static string? Text(string? description) =>
        description is null ? null : Messages.ResourceManager.GetString(description, Messages.Culture) ?? description;
}
