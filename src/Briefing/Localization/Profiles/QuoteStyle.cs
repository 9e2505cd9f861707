namespace Briefing.Localization.Profiles;

/// <summary>
/// The quotation marks a language sets for the straight quotes an author types: <c>“ ”</c> and <c>‘ ’</c> in
/// English and Korean; <c>« »</c> with no-break spaces inside and <c>“ ”</c> within them in French.
/// </summary>
/// <param name="Open">The opening mark of a quotation.</param>
/// <param name="Close">Its closing mark.</param>
/// <param name="InnerOpen">The opening mark of a quotation inside a quotation.</param>
/// <param name="InnerClose">Its closing mark.</param>
/// <param name="SingleQuotesAreApostrophes">
/// Whether a typed <c>'</c> is always an apostrophe (<c>’</c>, French: <c>l’accord</c>) rather than, at the start
/// of a word, an opening single quote.
/// </param>
public sealed record QuoteStyle(string Open, string Close, string InnerOpen, string InnerClose, bool SingleQuotesAreApostrophes);
