using UglyToad.PdfPig.Tokens;

namespace Briefing.Snapshots.Pdf;

/// <summary>Reads the structure tree (catalog /StructTreeRoot, /K kids, /S types), skipping marked-content references.</summary>
internal sealed class TagTreeReader(PdfObjects objects)
{
    // Deep enough for any real document, shallow enough that a malformed cycle cannot overflow the stack.
    private const int MaxDepth = 100;

    public IReadOnlyList<TagNode>? Read(DictionaryToken catalog)
    {
        var root = objects.Get<DictionaryToken>(catalog, "StructTreeRoot");
        if (root is null)
        {
            return null;
        }

        var visited = new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance);
        return ReadKids(root, visited, 0);
    }

    private List<TagNode> ReadKids(DictionaryToken element, HashSet<DictionaryToken> visited, int depth)
    {
        var nodes = new List<TagNode>();
        if (depth > MaxDepth || !element.TryGet(NameToken.Create("K"), out var kids))
        {
            return nodes;
        }

        var array = objects.Resolve<ArrayToken>(kids);
        if (array is not null)
        {
            foreach (var kid in array.Data)
            {
                AddKid(kid, nodes, visited, depth);
            }
        }
        else
        {
            AddKid(kids, nodes, visited, depth);
        }

        return nodes;
    }

    private void AddKid(IToken kid, List<TagNode> nodes, HashSet<DictionaryToken> visited, int depth)
    {
        // Integers (MCIDs) and dictionaries without /S (MCR, OBJR) point at content, not at structure.
        var dictionary = objects.Resolve<DictionaryToken>(kid);
        if (dictionary is null || !visited.Add(dictionary))
        {
            return;
        }

        var type = objects.Get<NameToken>(dictionary, "S")?.Data;
        if (type is null)
        {
            return;
        }

        nodes.Add(new TagNode(type, ReadKids(dictionary, visited, depth + 1)));
    }
}
