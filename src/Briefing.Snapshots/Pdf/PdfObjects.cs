using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Briefing.Snapshots.Pdf;

/// <summary>Reads low-level PDF objects, following indirect references through the document's scanner.</summary>
internal sealed class PdfObjects(IPdfTokenScanner scanner)
{
    public T? Get<T>(DictionaryToken? dictionary, string key)
        where T : class, IToken
    {
        if (dictionary is null || !dictionary.TryGet(NameToken.Create(key), out var token))
        {
            return null;
        }

        return Resolve<T>(token);
    }

    public T? Resolve<T>(IToken? token)
        where T : class, IToken
    {
        if (token is null)
        {
            return null;
        }

        return DirectObjectFinder.TryGet<T>(token, scanner, out var value) ? value : null;
    }

    public string? GetText(DictionaryToken? dictionary, string key)
    {
        if (dictionary is null || !dictionary.TryGet(NameToken.Create(key), out var token))
        {
            return null;
        }

        return Resolve<IDataToken<string>>(token)?.Data;
    }

    public static bool Has(DictionaryToken? dictionary, string key) =>
        dictionary is not null && dictionary.ContainsKey(NameToken.Create(key));
}
