namespace Briefing.Typesetting.Pdf.Structure;

/// <summary>
/// A child of a structure element: another element, a marked-content sequence on a page (by MCID), or an
/// annotation (an object reference, as a Link element holds its link annotation).
/// </summary>
internal readonly record struct StructureKid(StructureElement? Element, int Page, int Mcid, int Annotation)
{
    /// <summary>A child element.</summary>
    public static StructureKid Of(StructureElement element) => new(element, -1, -1, 0);

    /// <summary>A marked-content sequence.</summary>
    public static StructureKid Content(int page, int mcid) => new(null, page, mcid, 0);

    /// <summary>An annotation object on a page.</summary>
    public static StructureKid OfAnnotation(int page, int annotationObject) => new(null, page, -1, annotationObject);
}
