using Briefing.Typesetting.Drawing;

namespace Briefing.Typesetting.Text;

/// <summary>A run of text placed on a line.</summary>
/// <param name="Run">What to draw: text, face, size, colour, width and underline.</param>
/// <param name="X">Where the run starts, from the line's <see cref="LaidOutLine.Left"/>.</param>
/// <param name="Link">Where the run links to, if it is part of a link.</param>
public sealed record PlacedRun(TextRun Run, double X, LinkTarget? Link);
