namespace Briefing.Typesetting.Fonts;

/// <summary>
/// One face a <see cref="FontCatalog"/> found: its file and place in it, its family, weight and slant, and whether it is a
/// variable font (with a weight axis from <see cref="MinWeight"/> to <see cref="MaxWeight"/>).
/// </summary>
public sealed record CatalogFace(string FilePath, int Index, string Family, int Weight, bool Italic, bool IsVariable, int MinWeight, int MaxWeight);
