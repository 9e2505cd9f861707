using Briefing.Typesetting.Drawing;

namespace Briefing.Typesetting.Layout;

/// <summary>What an element needs while drawing: the canvas of the current page and where it is.</summary>
public sealed record DrawingContext(ICanvas Canvas, PageContext Page);
