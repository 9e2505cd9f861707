namespace Briefing.Typesetting.Fonts;

/// <summary>What a resolved fallback chain depends on; the family list is kept as written in the style.</summary>
internal readonly record struct ChainKey(string FontFamily, int Weight, bool Italic);
