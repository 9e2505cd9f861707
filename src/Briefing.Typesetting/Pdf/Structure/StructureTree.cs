using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf.Structure;

/// <summary>
/// The document's logical structure as it is drawn: elements under one Document element, the owner of
/// each marked-content sequence per page, and the annotations that belong to elements. Written as the
/// StructTreeRoot with its ParentTree, which maps each page's MCIDs (and each annotation) back to its element.
/// </summary>
internal sealed class StructureTree
{
    private readonly List<List<StructureElement>> _owners = [];
    private readonly List<(int Annotation, StructureElement Element)> _annotations = [];

    public StructureTree(int pageCount)
    {
        Document = new StructureElement("Document", null);
        for (var i = 0; i < pageCount; i++)
            _owners.Add([]);
    }

    /// <summary>The root element, which every other element descends from.</summary>
    public StructureElement Document { get; }

    /// <summary>Adds an element as the last child of <paramref name="parent"/>.</summary>
    public StructureElement Add(string role, StructureElement parent)
    {
        var element = new StructureElement(role, parent);
        parent.Kids.Add(StructureKid.Of(element));
        return element;
    }

    /// <summary>Gives <paramref name="owner"/> a new marked-content sequence on a page and returns its MCID.</summary>
    public int NewMarkedContent(StructureElement owner, int page)
    {
        var owners = _owners[page];
        var mcid = owners.Count;
        owners.Add(owner);
        if (owner.Page < 0)
            owner.Page = page;
        owner.Kids.Add(StructureKid.Content(page, mcid));
        return mcid;
    }

    /// <summary>Whether the page has marked content that belongs to elements (it then needs /StructParents).</summary>
    public bool HasContent(int page) => _owners[page].Count > 0;

    /// <summary>
    /// Makes an annotation a child of <paramref name="owner"/> and returns its /StructParent key (page
    /// keys come first: a page's key is its index).
    /// </summary>
    public int AddAnnotation(StructureElement owner, int page, int annotationObject)
    {
        if (owner.Page < 0)
            owner.Page = page;
        owner.Kids.Add(StructureKid.OfAnnotation(page, annotationObject));
        _annotations.Add((annotationObject, owner));
        return _owners.Count + _annotations.Count - 1;
    }

    /// <summary>Writes the tree root, the parent tree and every element; returns the root's object number.</summary>
    public int Write(PdfFileWriter file, IReadOnlyList<int> pageObjects)
    {
        var root = file.Reserve();
        var parentTree = file.Reserve();
        var elements = new List<StructureElement>();
        Number(Document, file, elements);

        file.Begin(root).Ascii("<</Type/StructTreeRoot/K ").Ref(Document.ObjectNumber).Ascii("/ParentTree ").Ref(parentTree)
            .Ascii("/ParentTreeNextKey ").Int(_owners.Count + _annotations.Count).Ascii(">>");
        file.End();

        var o = file.Begin(parentTree).Ascii("<</Nums[");
        for (var page = 0; page < _owners.Count; page++)
        {
            if (_owners[page].Count == 0)
                continue;
            o.Int(page).Ascii("[");
            foreach (var owner in _owners[page])
                o.Ref(owner.ObjectNumber).Space();
            o.Ascii("]\n");
        }
        for (var i = 0; i < _annotations.Count; i++)
            o.Int(_owners.Count + i).Space().Ref(_annotations[i].Element.ObjectNumber).Line();
        o.Ascii("]>>");
        file.End();

        foreach (var element in elements)
            WriteElement(file, element, root, pageObjects);
        return root;
    }

    /// <summary>Gives every element an object number, in document order, without recursion (trees may be deep).</summary>
    private static void Number(StructureElement top, PdfFileWriter file, List<StructureElement> elements)
    {
        var stack = new Stack<StructureElement>();
        stack.Push(top);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            element.ObjectNumber = file.Reserve();
            elements.Add(element);
            for (var i = element.Kids.Count - 1; i >= 0; i--)
            {
                if (element.Kids[i].Element is { } child)
                    stack.Push(child);
            }
        }
    }

    private static void WriteElement(PdfFileWriter file, StructureElement element, int root, IReadOnlyList<int> pageObjects)
    {
        var o = file.Begin(element.ObjectNumber).Ascii("<</Type/StructElem/S").Name(element.Role)
            .Ascii("/P ").Ref(element.Parent?.ObjectNumber ?? root);
        if (element.Page >= 0)
            o.Ascii("/Pg ").Ref(pageObjects[element.Page]);
        if (element.Language is not null)
            o.Ascii("/Lang").Text(element.Language);
        if (element.AltText is not null)
            o.Ascii("/Alt").Text(element.AltText);
        if (element.BoundingBox is { } box)
        {
            o.Ascii("/A<</O/Layout/BBox[").Real(box.X).Space().Real(box.Y).Space().Real(box.Right).Space().Real(box.Bottom).Ascii("]>>");
        }
        if (element.Scope is { } scope)
            o.Ascii("/A<</O/Table/Scope").Name(scope).Ascii(">>");
        if (element.Kids.Count > 0)
        {
            o.Ascii("/K[");
            foreach (var kid in element.Kids)
            {
                if (kid.Element is { } child)
                    o.Ref(child.ObjectNumber);
                else if (kid.Annotation > 0)
                    o.Ascii("<</Type/OBJR/Obj ").Ref(kid.Annotation).Ascii("/Pg ").Ref(pageObjects[kid.Page]).Ascii(">>");
                else if (kid.Page == element.Page)
                    o.Int(kid.Mcid);
                else
                    o.Ascii("<</Type/MCR/Pg ").Ref(pageObjects[kid.Page]).Ascii("/MCID ").Int(kid.Mcid).Ascii(">>");
                o.Space();
            }
            o.Ascii("]");
        }
        o.Ascii(">>");
        file.End();
    }
}
