namespace Briefing.Typesetting.Layout;

/// <summary>What an element answers when asked whether it fits.</summary>
public enum SpacePlanKind
{
    /// <summary>Nothing to draw (takes no space).</summary>
    Empty,
    /// <summary>Nothing of it fits here: move to the next page.</summary>
    Wrap,
    /// <summary>Part of it fits; the rest continues on the next page.</summary>
    PartialRender,
    /// <summary>All of it fits.</summary>
    FullRender,
}
