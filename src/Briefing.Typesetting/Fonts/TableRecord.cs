namespace Briefing.Typesetting.Fonts;

/// <summary>Where one table of an sfnt file lies: byte offset and length.</summary>
internal readonly record struct TableRecord(long Offset, int Length);
