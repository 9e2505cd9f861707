using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// A table or list seen as the rows a parallel text pairs one by one (<see cref="ParallelRows"/>): the
/// structure element that holds them (Table or L, keyed so that every page's part joins one element), the
/// header rows that repeat on every page, the body rows, the space between rows and whether a row moves
/// whole rather than split.
/// </summary>
internal sealed class RowSet(StructureRole role, object key, IReadOnlyList<Element> header, IReadOnlyList<Element> rows, double spacing, bool keepRowsTogether)
{
    /// <summary>The role of the structure element around the rows (Table, L).</summary>
    public StructureRole Role { get; } = role;

    /// <summary>The key of that structure element: the table or list the rows come from.</summary>
    public object Key { get; } = key;

    /// <summary>The header rows, drawn at the top of every page the rows touch (artifacts after the first).</summary>
    public IReadOnlyList<Element> Header { get; } = header;

    /// <summary>The body rows, each drawing its own structure element (TR, LI).</summary>
    public IReadOnlyList<Element> Rows { get; } = rows;

    /// <summary>The vertical space between body rows, in points.</summary>
    public double Spacing { get; } = spacing;

    /// <summary>Whether a row that does not fit moves whole to the next page.</summary>
    public bool KeepRowsTogether { get; } = keepRowsTogether;

    /// <summary>The rows of a table or list (as built by <c>Blocks.Table</c> or <c>Blocks.List</c>), or null for any other element.</summary>
    public static RowSet? Of(Element element) =>
        element switch
        {
            Table table => table.AsRows(),
            ListBlock list => list.AsRows(),
            _ => null,
        };
}
