using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>One cell of a row: its content and how its width is decided (<see cref="Value"/> is points or weight).</summary>
internal readonly record struct RowItem(RowItemKind Kind, double Value, Element Content);
