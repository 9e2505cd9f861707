using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>One list item: its label (bullet or number, formatted by the caller) and its body.</summary>
internal sealed record ListItem(Element Label, Element Body);
