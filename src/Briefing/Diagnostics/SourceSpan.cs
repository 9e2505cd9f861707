namespace Briefing.Diagnostics;

/// <summary>A position in a source file: the file as given, and a 1-based line and column.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column) : IComparable<SourceSpan>
{
    /// <summary>A position for values that were not read from a file (built in code).</summary>
    public static SourceSpan None { get; } = new(string.Empty, 0, 0);

    /// <summary>Orders by file, then line, then column.</summary>
    public int CompareTo(SourceSpan other)
    {
        var byFile = string.CompareOrdinal(File, other.File);
        if (byFile != 0)
        {
            return byFile;
        }

        return Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
    }

    /// <summary>The position as <c>file:line:column</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
