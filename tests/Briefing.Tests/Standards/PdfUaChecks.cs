using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Briefing.Tests.Standards;

/// <summary>
/// Our own checks of PDF/UA-1's machine-checkable rules, each named after the Matterhorn Protocol 1.1
/// failure condition it looks for. A PDF that passes them "passes these checks"; it is not thereby
/// PDF/UA conformant (no validator for that runs here). Each check reads the file back through qpdf
/// (<see cref="QpdfObjects"/>) and returns what it found wrong, empty when nothing.
/// </summary>
internal static class PdfUaChecks
{
    /// <summary>One named check.</summary>
    /// <param name="Id">The Matterhorn failure condition(s), e.g. "15-003".</param>
    /// <param name="Name">What it asks, in a few words.</param>
    /// <param name="OnlyWhenUa1">Whether it applies only to files written with <c>--pdf-standard ua-1</c>.</param>
    /// <param name="Run">The check.</param>
    public sealed record Check(string Id, string Name, bool OnlyWhenUa1, Func<QpdfObjects, IReadOnlyList<string>> Run)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Id} {Name}";
    }

    // PDF 32000-1, 14.8.4: the standard structure types.
    private static readonly HashSet<string> StandardTypes =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody",
        "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP",
        "Warichu", "WT", "WP", "Figure", "Formula", "Form",
    ];

    private static readonly HashSet<string> PaintingOperators = ["Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "EI"];

    /// <summary>Every check, by id.</summary>
    public static IReadOnlyList<Check> All { get; } =
    [
        new("01-005", "content is tagged or an artifact", false, ContentIsTaggedOrArtifact),
        new("02-001", "structure types are standard or role-mapped", false, StandardTypesOrRoleMap),
        new("06-002", "XMP carries the PDF/UA identifier", true, PdfUaIdentifier),
        new("07-001", "viewers are asked to show the title", false, DisplayDocTitle),
        new("13-004", "figures have alternative text", false, FiguresHaveAltText),
        new("14-003", "heading levels do not skip", false, HeadingsDoNotSkip),
        new("15-003", "table headers have a scope", false, TableHeadersHaveScope),
        new("28-008", "pages with annotations have /Tabs /S", false, TabsFollowStructure),
        new("28-011", "link annotations sit in Link elements", false, LinksInLinkElements),
        new("28-012", "link annotations have /Contents", false, LinksHaveContents),
    ];

    /// <summary>The check with this Matterhorn id.</summary>
    public static Check ById(string id) => All.Single(c => c.Id == id);

    /// <summary>
    /// 01-005 "Content is neither marked as Artifact nor tagged as real content": every painting operator
    /// stands inside an /Artifact sequence or a sequence with an MCID, and every MCID belongs to an element
    /// through the parent tree.
    /// </summary>
    private static IReadOnlyList<string> ContentIsTaggedOrArtifact(QpdfObjects pdf)
    {
        var problems = new List<string>();
        var parentTree = ParentTree(pdf);
        var number = 0;
        foreach (var (_, page) in pdf.Pages())
        {
            number++;
            var owners = pdf.Get(page, "/StructParents") is { } key && parentTree.TryGetValue(key.GetInt32(), out var array) ? array : null;
            var data = new List<byte>();
            if (pdf.Get(page, "/Contents") is { } contents)
            {
                var streams = contents.ValueKind == JsonValueKind.Array ? contents.EnumerateArray().Select(e => e.GetString()!).ToList() : [page.GetProperty("/Contents").GetString()!];
                foreach (var stream in streams)
                {
                    data.AddRange(pdf.StreamData(stream));
                    data.Add((byte)'\n');
                }
            }
            // Each frame: is it an artifact, does it carry an MCID.
            var stack = new List<(bool Artifact, bool Tagged)>();
            foreach (var op in ContentTokens.Read([.. data]))
            {
                switch (op.Operator)
                {
                    case "BMC":
                        stack.Add((op.Operands.Count > 0 && op.Operands[0] == "/Artifact", false));
                        break;
                    case "BDC":
                    {
                        var artifact = op.Operands.Count > 0 && op.Operands[0] == "/Artifact";
                        var mcid = McidOf(op.Operands);
                        if (mcid is { } m && !artifact)
                        {
                            var owner = owners is { } o && m < o.Count ? o[m] : null;
                            if (owner is null || pdf.Resolve(owner.Value).ValueKind != JsonValueKind.Object)
                                problems.Add($"page {number}: MCID {m} belongs to no structure element");
                        }
                        stack.Add((artifact, mcid is not null));
                        break;
                    }
                    case "EMC":
                        if (stack.Count == 0)
                            problems.Add($"page {number}: EMC without a sequence to end");
                        else
                            stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        if (PaintingOperators.Contains(op.Operator) && !stack.Any(f => f.Artifact || f.Tagged))
                            problems.Add($"page {number}: '{op.Operator}' is neither tagged nor an artifact");
                        break;
                }
            }
        }
        return problems;
    }

    /// <summary>02-001 "One or more non-standard tag's mapping does not terminate with a standard type".</summary>
    private static IReadOnlyList<string> StandardTypesOrRoleMap(QpdfObjects pdf)
    {
        var problems = new List<string>();
        foreach (var element in Elements(pdf))
        {
            var type = Type(pdf, element);
            if (!StandardTypes.Contains(type))
                problems.Add($"structure type /{type} is neither standard nor role-mapped to a standard type");
        }
        return problems;
    }

    /// <summary>06-002 "The metadata stream in the Catalog dictionary does not include the PDF/UA identifier" (and 06-001, no metadata).</summary>
    private static IReadOnlyList<string> PdfUaIdentifier(QpdfObjects pdf)
    {
        if (!pdf.Catalog.TryGetProperty("/Metadata", out var metadata))
            return ["the catalog has no /Metadata stream (06-001)"];
        var xmp = Encoding.UTF8.GetString(pdf.StreamData(metadata.GetString()!));
        return xmp.Contains("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"", StringComparison.Ordinal)
            && (xmp.Contains("<pdfuaid:part>1</pdfuaid:part>", StringComparison.Ordinal) || xmp.Contains("pdfuaid:part=\"1\"", StringComparison.Ordinal))
            ? []
            : ["the XMP metadata has no pdfuaid:part 1"];
    }

    /// <summary>07-001 "ViewerPreferences dictionary … does not contain a DisplayDocTitle entry", 07-002 "… set to false".</summary>
    private static IReadOnlyList<string> DisplayDocTitle(QpdfObjects pdf)
    {
        var preferences = pdf.Get(pdf.Catalog, "/ViewerPreferences");
        if (preferences is null || pdf.Get(preferences.Value, "/DisplayDocTitle") is not { } display)
            return ["the catalog has no /ViewerPreferences /DisplayDocTitle (07-001)"];
        return display.ValueKind == JsonValueKind.True ? [] : ["/DisplayDocTitle is false (07-002)"];
    }

    /// <summary>13-004 "Figure tag alternative or replacement text missing".</summary>
    private static IReadOnlyList<string> FiguresHaveAltText(QpdfObjects pdf)
    {
        var problems = new List<string>();
        foreach (var element in Elements(pdf))
        {
            if (Type(pdf, element) != "Figure")
                continue;
            var alt = pdf.Get(element, "/Alt") ?? pdf.Get(element, "/ActualText");
            if (alt is null || string.IsNullOrWhiteSpace(QpdfObjects.Text(alt.Value)))
                problems.Add("a Figure has no /Alt or /ActualText");
        }
        return problems;
    }

    /// <summary>
    /// 14-002 "Does use numbered headings, but the first heading tag is not H1", 14-003 "Numbered heading
    /// levels in descending sequence are skipped": headings in reading order start at H1 and go down one level at a time.
    /// </summary>
    private static IReadOnlyList<string> HeadingsDoNotSkip(QpdfObjects pdf)
    {
        var problems = new List<string>();
        var previous = 0;
        foreach (var element in Elements(pdf))
        {
            var type = Type(pdf, element);
            if (type.Length != 2 || type[0] != 'H' || type[1] is < '1' or > '6')
                continue;
            var level = type[1] - '0';
            if (previous == 0 && level != 1)
                problems.Add($"the first heading is H{level}, not H1 (14-002)");
            else if (level > previous + 1)
                problems.Add($"H{previous} is followed by H{level} (14-003)");
            previous = level;
        }
        return problems;
    }

    /// <summary>15-003 "In a table not organized with Headers attributes and IDs, a TH does not contain a Scope attribute".</summary>
    private static IReadOnlyList<string> TableHeadersHaveScope(QpdfObjects pdf)
    {
        var problems = new List<string>();
        foreach (var element in Elements(pdf))
        {
            if (Type(pdf, element) != "TH")
                continue;
            var attributes = pdf.Get(element, "/A");
            var owners = attributes is null ? [] : attributes.Value.ValueKind == JsonValueKind.Array
                ? attributes.Value.EnumerateArray().Select(pdf.Resolve).ToList()
                : [attributes.Value];
            var scope = owners.Where(a => a.ValueKind == JsonValueKind.Object && pdf.Get(a, "/O")?.GetString() == "/Table")
                .Select(a => pdf.Get(a, "/Scope")?.GetString()).FirstOrDefault(s => s is not null);
            if (scope is not ("/Row" or "/Column" or "/Both"))
                problems.Add($"a TH has {(scope is null ? "no /Scope" : "the /Scope " + scope)}");
        }
        return problems;
    }

    /// <summary>28-008 "A page containing an annotation does not contain a Tabs entry", 28-009 "… value is not S".</summary>
    private static IReadOnlyList<string> TabsFollowStructure(QpdfObjects pdf)
    {
        var problems = new List<string>();
        var number = 0;
        foreach (var (_, page) in pdf.Pages())
        {
            number++;
            if (pdf.Get(page, "/Annots") is { ValueKind: JsonValueKind.Array } annotations && annotations.GetArrayLength() > 0
                && pdf.Get(page, "/Tabs")?.GetString() != "/S")
                problems.Add($"page {number} has annotations but no /Tabs /S");
        }
        return problems;
    }

    /// <summary>28-011 "A link annotation is not nested within a Link tag".</summary>
    private static IReadOnlyList<string> LinksInLinkElements(QpdfObjects pdf)
    {
        var problems = new List<string>();
        var parentTree = ParentTree(pdf);
        foreach (var (reference, annotation) in LinkAnnotations(pdf))
        {
            var element = pdf.Get(annotation, "/StructParent") is { } key && parentTree.TryGetValue(key.GetInt32(), out var owners) && owners.Count == 1 && owners[0] is { } o
                ? pdf.Resolve(o)
                : (JsonElement?)null;
            if (element is null || element.Value.ValueKind != JsonValueKind.Object)
                problems.Add($"link annotation {reference} has no structure parent");
            else if (Type(pdf, element.Value) != "Link")
                problems.Add($"link annotation {reference} sits in a {Type(pdf, element.Value)} element, not a Link");
            else if (!Kids(pdf, element.Value).Any(k => k.ValueKind == JsonValueKind.Object && pdf.Get(k, "/Obj") is not null && k.GetProperty("/Obj").GetString() == reference))
                problems.Add($"link annotation {reference}: its Link element has no OBJR for it");
        }
        return problems;
    }

    /// <summary>28-012 "A link annotation does not include an alternate description in its Contents key".</summary>
    private static IReadOnlyList<string> LinksHaveContents(QpdfObjects pdf)
    {
        var problems = new List<string>();
        foreach (var (reference, annotation) in LinkAnnotations(pdf))
        {
            if (pdf.Get(annotation, "/Contents") is not { } contents || string.IsNullOrWhiteSpace(QpdfObjects.Text(contents)))
                problems.Add($"link annotation {reference} has no /Contents");
        }
        return problems;
    }

    private static IEnumerable<(string Reference, JsonElement Annotation)> LinkAnnotations(QpdfObjects pdf)
    {
        foreach (var (_, page) in pdf.Pages())
        {
            if (page.TryGetProperty("/Annots", out var annots) && pdf.Resolve(annots) is { ValueKind: JsonValueKind.Array } list)
            {
                foreach (var item in list.EnumerateArray())
                {
                    var annotation = pdf.Resolve(item);
                    if (pdf.Get(annotation, "/Subtype")?.GetString() == "/Link")
                        yield return (item.GetString() ?? "(direct)", annotation);
                }
            }
        }
    }

    /// <summary>The structure elements in reading order (depth first), without the root.</summary>
    private static IEnumerable<JsonElement> Elements(QpdfObjects pdf)
    {
        if (pdf.Get(pdf.Catalog, "/StructTreeRoot") is not { } root)
            yield break;
        var stack = new Stack<JsonElement>(Kids(pdf, root).Reverse());
        var seen = 0;
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("/S", out _))
                continue; // an MCID, an MCR or an OBJR
            if (++seen > 1_000_000)
                throw new InvalidOperationException("The structure tree does not end (a cycle?).");
            yield return node;
            foreach (var kid in Kids(pdf, node).Reverse())
                stack.Push(kid);
        }
    }

    private static IEnumerable<JsonElement> Kids(QpdfObjects pdf, JsonElement node)
    {
        if (pdf.Get(node, "/K") is not { } k)
            return [];
        return k.ValueKind == JsonValueKind.Array ? k.EnumerateArray().Select(pdf.Resolve).ToList() : [k];
    }

    /// <summary>An element's type after the role map (which may chain, but not forever).</summary>
    private static string Type(QpdfObjects pdf, JsonElement element)
    {
        var type = element.GetProperty("/S").GetString()![1..];
        var roleMap = pdf.Get(pdf.Get(pdf.Catalog, "/StructTreeRoot") ?? default, "/RoleMap");
        for (var i = 0; i < 16 && !StandardTypes.Contains(type) && roleMap is { } map && pdf.Get(map, "/" + type) is { } mapped; i++)
            type = mapped.GetString()![1..];
        return type;
    }

    /// <summary>The parent tree as a map from key to its value (an array of element refs for a page, one ref for an annotation).</summary>
    private static Dictionary<int, List<JsonElement?>> ParentTree(QpdfObjects pdf)
    {
        var map = new Dictionary<int, List<JsonElement?>>();
        if (pdf.Get(pdf.Catalog, "/StructTreeRoot") is not { } root || pdf.Get(root, "/ParentTree") is not { } tree)
            return map;
        var nodes = new Stack<JsonElement>([tree]);
        while (nodes.Count > 0)
        {
            var node = nodes.Pop();
            if (pdf.Get(node, "/Kids") is { } kids)
            {
                foreach (var kid in kids.EnumerateArray())
                    nodes.Push(pdf.Resolve(kid));
            }
            if (pdf.Get(node, "/Nums") is not { } nums)
                continue;
            var items = nums.EnumerateArray().ToList();
            for (var i = 0; i + 1 < items.Count; i += 2)
            {
                var value = items[i + 1];
                var resolved = pdf.Resolve(value);
                map[items[i].GetInt32()] = resolved.ValueKind == JsonValueKind.Array
                    ? resolved.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (JsonElement?)null : e).ToList()
                    : [value];
            }
        }
        return map;
    }

    private static int? McidOf(IReadOnlyList<string> operands)
    {
        for (var i = 0; i + 1 < operands.Count; i++)
        {
            if (operands[i] == "/MCID" && int.TryParse(operands[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var mcid))
                return mcid;
        }
        return null;
    }
}
