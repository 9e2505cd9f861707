using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// One list item: its label (bullet or number, formatted by the caller) and its body; or, when it
/// <paramref name="Continues"/>, a further piece of the item before it (no label, the same LI and LBody).
/// </summary>
internal sealed record ListItem(Element Label, Element Body, bool Continues = false);
