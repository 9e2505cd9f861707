using Briefing.Typesetting.Layout;

namespace Briefing.Composition;

/// <summary>
/// The parts of a body that show no page numbers, composed once for every composition of one document. A body
/// that shows page numbers is composed again with each layout's pages until they hold
/// (<see cref="Typesetting.Fluent.Document.BodyForPages"/>); only its contents and related references change
/// between those compositions, and composing the rest again was about a tenth of laying out such a document. An
/// element is a description that layout never changes, so the next composition's tree may hold the same part.
/// </summary>
internal sealed class ComposedParts
{
    // A part that is absent (a section the brief leaves out) is kept as null, so it is not asked for again.
    private readonly Dictionary<string, Element?> _parts = new(StringComparer.Ordinal);

    /// <summary>The part named <paramref name="key"/>, composed by <paramref name="compose"/> the first time it is asked for.</summary>
    public Element? Get(string key, Func<Element?> compose)
    {
        if (_parts.TryGetValue(key, out var part))
            return part;
        part = compose();
        _parts.Add(key, part);
        return part;
    }
}
