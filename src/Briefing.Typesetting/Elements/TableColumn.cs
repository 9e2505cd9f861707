namespace Briefing.Typesetting.Elements;

/// <summary>A table column's width: constant points, or a relative weight of what constants leave.</summary>
internal readonly record struct TableColumn(bool IsRelative, double Value);
