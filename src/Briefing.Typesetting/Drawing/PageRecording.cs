using Briefing.Typesetting.Geometry;

namespace Briefing.Typesetting.Drawing;

/// <summary>One laid-out page: its size and what is drawn on it, in drawing (and reading) order.</summary>
public sealed record PageRecording(Size Size, IReadOnlyList<DrawCommand> Commands);
