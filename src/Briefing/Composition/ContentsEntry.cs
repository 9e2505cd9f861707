namespace Briefing.Composition;

/// <summary>One line of the contents: a label (<c>1.</c>, or empty), the part's title and its destination.</summary>
internal readonly record struct ContentsEntry(string Label, string Title, string Anchor);
