using System.Globalization;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;

namespace Briefing.Typesetting.Tests.Layout.Support;

/// <summary>Reading what fakes drew: their markers (destination names) and positions.</summary>
internal static class Recordings
{
    public static List<string> Markers(this IEnumerable<DrawCommand> commands) =>
        commands.OfType<DrawCommand.Destination>().Select(d => d.Name).ToList();

    public static Point At(this IEnumerable<DrawCommand> commands, string marker) =>
        commands.OfType<DrawCommand.Destination>().Single(d => d.Name == marker).Position;

    public static List<string> Markers(this PageRecording page) => page.Commands.Markers();

    public static Point At(this PageRecording page, string marker) => page.Commands.At(marker);

    /// <summary>Whether tags and artifacts open and close in order and all are closed at the end.</summary>
    public static bool TagsBalanced(this IEnumerable<DrawCommand> commands)
    {
        var depth = 0;
        var artifacts = 0;
        foreach (var c in commands)
        {
            switch (c)
            {
                case DrawCommand.BeginTag: depth++; break;
                case DrawCommand.EndTag: if (--depth < 0) return false; break;
                case DrawCommand.BeginArtifact: artifacts++; break;
                case DrawCommand.EndArtifact: if (--artifacts < 0) return false; break;
            }
        }

        return depth == 0 && artifacts == 0;
    }

    public static List<StructureRole> OpenedTags(this IEnumerable<DrawCommand> commands) =>
        commands.OfType<DrawCommand.BeginTag>().Select(t => t.Role).ToList();

    /// <summary>A page's drawing as text: each run with its width, word spacing and baseline, and the tags opened.</summary>
    public static string Drawn(this PageRecording page) => string.Join("\n", page.Commands.Select(command => command switch
    {
        DrawCommand.Text text => string.Create(CultureInfo.InvariantCulture, $"text {text.Run.Text} {text.Run.Width} {text.Run.WordSpacing} at {text.Baseline}"),
        DrawCommand.BeginTag tag => $"tag {tag.Role}",
        _ => command.ToString(),
    }));
}
