namespace Briefing.Typesetting.Drawing;

/// <summary>Where a link goes: an external URI or a named destination inside the same document.</summary>
public abstract record LinkTarget
{
    private LinkTarget() { }

    /// <summary>An external link (http, https or mailto; the PDF writer refuses other schemes).</summary>
    public sealed record External(string Uri) : LinkTarget;

    /// <summary>A link to a named destination declared with <see cref="ICanvas.AddDestination"/>.</summary>
    public sealed record Internal(string DestinationName) : LinkTarget;
}
