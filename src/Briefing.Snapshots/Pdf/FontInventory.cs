using UglyToad.PdfPig.Tokens;

namespace Briefing.Snapshots.Pdf;

/// <summary>Describes the fonts a page's resources name: base name, embedded, subset, ToUnicode.</summary>
internal sealed class FontInventory(PdfObjects objects)
{
    public IReadOnlyList<string> Describe(DictionaryToken page)
    {
        var fonts = new SortedSet<string>(StringComparer.Ordinal);
        var resources = FindResources(page);
        var fontDictionary = objects.Get<DictionaryToken>(resources, "Font");
        if (fontDictionary is null)
        {
            return [];
        }

        foreach (var entry in fontDictionary.Data)
        {
            var font = objects.Resolve<DictionaryToken>(entry.Value);
            if (font is not null)
            {
                fonts.Add(DescribeFont(font));
            }
        }

        return [.. fonts];
    }

    private DictionaryToken? FindResources(DictionaryToken page)
    {
        // Resources are inheritable: walk up the page tree until some node has them.
        var node = page;
        for (var depth = 0; node is not null && depth < 64; depth++)
        {
            var resources = objects.Get<DictionaryToken>(node, "Resources");
            if (resources is not null)
            {
                return resources;
            }

            node = objects.Get<DictionaryToken>(node, "Parent");
        }

        return null;
    }

    private string DescribeFont(DictionaryToken font)
    {
        var baseName = objects.Get<NameToken>(font, "BaseFont")?.Data ?? "(unnamed)";
        var (name, subset) = FontNames.Normalize(baseName);
        var subtype = objects.Get<NameToken>(font, "Subtype")?.Data ?? "?";

        var descriptorOwner = font;
        if (subtype == "Type0")
        {
            var descendants = objects.Get<ArrayToken>(font, "DescendantFonts");
            if (descendants is { Data.Count: > 0 })
            {
                descriptorOwner = objects.Resolve<DictionaryToken>(descendants.Data[0]) ?? font;
            }
        }

        var descriptor = objects.Get<DictionaryToken>(descriptorOwner, "FontDescriptor");
        var embedded = PdfObjects.Has(descriptor, "FontFile")
            || PdfObjects.Has(descriptor, "FontFile2")
            || PdfObjects.Has(descriptor, "FontFile3");
        var toUnicode = PdfObjects.Has(font, "ToUnicode");

        return $"{name}{(subset ? " (subset)" : "")}: {subtype}, {(embedded ? "embedded" : "not embedded")}, {(toUnicode ? "ToUnicode" : "no ToUnicode")}";
    }
}
