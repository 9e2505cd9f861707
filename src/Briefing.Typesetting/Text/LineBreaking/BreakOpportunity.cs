namespace Briefing.Typesetting.Text.LineBreaking;

/// <summary>
/// A place where a line may start: at <c>text[Index]</c> (or at the end of the text when
/// <see cref="Index"/> equals its length). <see cref="Mandatory"/> breaks must be taken (after a newline).
/// </summary>
/// <param name="Index">The UTF-16 index the next line starts at; always greater than 0.</param>
/// <param name="Mandatory">Whether the line must end here (UAX #14 BK, CR, LF, NL, or the end of the text).</param>
public readonly record struct BreakOpportunity(int Index, bool Mandatory);
