namespace Briefing.Composition.Frames;

/// <summary>
/// The spelling of the frames on the command line (and in a brief): <c>neutral</c>, <c>report</c>, <c>note</c>,
/// in <see cref="FrameKind"/> order.
/// </summary>
public static class FrameNames
{
    /// <summary>The frame names, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = ["neutral", "report", "note"];

    /// <summary>The spelling of a frame.</summary>
    public static string Of(FrameKind kind) => All[(int)kind];

    /// <summary>The frame spelt <paramref name="name"/> (any letter case); false when no frame has that name.</summary>
    public static bool TryParse(string name, out FrameKind kind)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                kind = (FrameKind)i;
                return true;
            }
        }

        kind = FrameKind.Neutral;
        return false;
    }
}
