using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A short text with light markup: paragraphs and bullet lists of styled runs.</summary>
public sealed record Prose(IReadOnlyList<ProseBlock> Blocks)
{
    /// <summary>
    /// Where each paragraph starts in the file, list items one by one, in reading order (empty for prose
    /// built in code): the drift checks point at the paragraph or bullet that disagrees.
    /// </summary>
    public IReadOnlyList<SourceSpan> Positions { get; init; } = [];
}
