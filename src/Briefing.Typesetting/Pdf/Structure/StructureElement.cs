using Briefing.Typesetting.Geometry;

namespace Briefing.Typesetting.Pdf.Structure;

/// <summary>One node of the structure tree (PDF 32000-1, 14.7.2): a role, its children in reading order, and what it needs to say about itself.</summary>
internal sealed class StructureElement
{
    public StructureElement(string role, StructureElement? parent)
    {
        Role = role;
        Parent = parent;
    }

    /// <summary>The standard structure type, e.g. <c>P</c>, <c>H1</c>, <c>TD</c>.</summary>
    public string Role { get; }

    /// <summary>The enclosing element; null for the document element.</summary>
    public StructureElement? Parent { get; }

    /// <summary>Children in reading order.</summary>
    public List<StructureKid> Kids { get; } = [];

    /// <summary>Alternate text, for figures and links.</summary>
    public string? AltText { get; set; }

    /// <summary>The language of its content (<c>/Lang</c>), when it differs from the document's; its kids inherit it.</summary>
    public string? Language { get; set; }

    /// <summary>A table header's /Scope: <c>Column</c> or <c>Row</c> (the Table attribute owner), or null.</summary>
    public string? Scope { get; set; }

    /// <summary>A figure's bounding box in PDF coordinates (the Layout attribute's /BBox).</summary>
    public Rect? BoundingBox { get; set; }

    /// <summary>The page (index) of its first marked content; the default /Pg of its kids.</summary>
    public int Page { get; set; } = -1;

    /// <summary>Its object number, given when the tree is written.</summary>
    public int ObjectNumber { get; set; }
}
