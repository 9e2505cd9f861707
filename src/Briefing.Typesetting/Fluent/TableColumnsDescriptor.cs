using Briefing.Typesetting.Elements;

namespace Briefing.Typesetting.Fluent;

/// <summary>Declares a table's columns, left to right; see <see cref="TableDescriptor.Columns"/>.</summary>
public sealed class TableColumnsDescriptor
{
    internal List<TableColumn> Columns { get; } = [];

    /// <summary>Adds a column of a fixed width in points.</summary>
    public TableColumnsDescriptor Constant(double width)
    {
        Columns.Add(new TableColumn(false, width));
        return this;
    }

    /// <summary>Adds a column that takes a share (by <paramref name="weight"/>) of the width constant columns leave.</summary>
    public TableColumnsDescriptor Relative(double weight = 1)
    {
        Columns.Add(new TableColumn(true, weight));
        return this;
    }
}
