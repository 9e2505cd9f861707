namespace Briefing.Typesetting.Drawing;

/// <summary>The standard tagged-PDF structure types the engine writes.</summary>
public enum StructureRole
{
    /// <summary>A paragraph (one per paragraph, not per line).</summary>
    P,
    /// <summary>Heading level 1.</summary>
    H1,
    /// <summary>Heading level 2.</summary>
    H2,
    /// <summary>Heading level 3.</summary>
    H3,
    /// <summary>Heading level 4.</summary>
    H4,
    /// <summary>Heading level 5.</summary>
    H5,
    /// <summary>Heading level 6.</summary>
    H6,
    /// <summary>A list.</summary>
    L,
    /// <summary>A list item.</summary>
    LI,
    /// <summary>A list item's label (bullet or number).</summary>
    Lbl,
    /// <summary>A list item's body.</summary>
    LBody,
    /// <summary>A table.</summary>
    Table,
    /// <summary>A table row.</summary>
    TR,
    /// <summary>A table header cell for its column (written as TH with /Scope /Column).</summary>
    TH,
    /// <summary>A table data cell.</summary>
    TD,
    /// <summary>A figure; needs alternative text.</summary>
    Figure,
    /// <summary>A generic block grouping (a section).</summary>
    Sect,
    /// <summary>A generic block grouping.</summary>
    Div,
    /// <summary>A table header cell for its row, e.g. a group row (written as TH with /Scope /Row).</summary>
    RowHeader,

    /// <summary>A link: its text and its link annotations (one per line or page it spans).</summary>
    Link,

    /// <summary>A table of contents (its entries are <see cref="TOCI"/>).</summary>
    TOC,

    /// <summary>An entry of a table of contents.</summary>
    TOCI,
}
