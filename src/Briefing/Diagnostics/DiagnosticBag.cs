namespace Briefing.Diagnostics;

/// <summary>Collects the diagnostics of one run; one instance per load, never shared.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors { get; private set; }

    public void Add(DiagnosticCode code, SourceSpan span, string message)
    {
        _items.Add(new Diagnostic(code.Severity, code.Code, message, span));
        HasErrors |= code.Severity == Severity.Error;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Add(diagnostic);
            HasErrors |= diagnostic.Severity == Severity.Error;
        }
    }

    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var copy = _items.ToArray();
        // A stable sort keeps two diagnostics at the same place in the order they were found.
        var indexed = new (Diagnostic Item, int Index)[copy.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            indexed[i] = (copy[i], i);
        }

        Array.Sort(indexed, static (a, b) =>
        {
            var byDiagnostic = Diagnostic.Compare(a.Item, b.Item);
            return byDiagnostic != 0 ? byDiagnostic : a.Index.CompareTo(b.Index);
        });
        var result = new Diagnostic[indexed.Length];
        for (var i = 0; i < indexed.Length; i++)
        {
            result[i] = indexed[i].Item;
        }

        return result;
    }
}
