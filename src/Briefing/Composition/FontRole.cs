namespace Briefing.Composition;

/// <summary>One use of type in the document (body, heading...): the families tried in order, at a weight and slant.</summary>
public sealed record FontRole(string Name, IReadOnlyList<string> Families, int Weight, bool Italic);
