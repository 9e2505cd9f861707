using System.Text;

namespace Briefing.Localization.Profiles;

/// <summary>
/// Sets an author's text in a language's typography, as a word processor does while one types: straight
/// quotes become the language's marks, <c>'</c> becomes the apostrophe <c>’</c>, and (in French) the spaces
/// around <c>: ; ! ? « »</c> become the profile's, whatever the author typed: a plain space, a no-break
/// space or none. The no-break spaces also keep those marks from starting or ending a line, since line
/// breaking (UAX #14) never breaks at U+00A0 or U+202F.
/// A space typed between a figure and <c>%</c> becomes a no-break space in every language, and French adds one
/// where none was typed (<c>12 %</c>), so a per cent sign never starts a line.
/// Words that look like addresses (<c>https://…</c>, <c>name@host</c>) are left alone.
/// </summary>
public sealed class TextPolisher(QuoteStyle quotes, PunctuationSpacing spacing)
{
    private const char Straight = '"';
    private const char Single = '\'';

    /// <summary>One text, polished.</summary>
    public string Polish(string text) => Polish([text])[0];

    /// <summary>
    /// Runs of one paragraph (bold, italic, link runs), polished as one text so that a quote opened in one
    /// run closes in another; each output run holds what its input run held.
    /// </summary>
    public IReadOnlyList<string> Polish(IReadOnlyList<string> runs)
    {
        var text = string.Concat(runs);
        if (!NeedsWork(text))
            return runs;

        var output = new StringBuilder[runs.Count];
        var runOf = new int[text.Length];
        var at = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            output[r] = new StringBuilder(runs[r].Length + 4);
            for (var k = 0; k < runs[r].Length; k++)
                runOf[at++] = r;
        }

        var open = new Stack<bool>(); // true: an inner quotation is open
        var spaceAfter = -1; // a mark whose typed space before it went, and that goes after it instead
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var o = output[runOf[i]];
            if ((c is ':' or ';' or '!' or '?' or Single) && InAddress(text, i)) // punctuation inside a URL or an address is not prose
            {
                o.Append(c);
                continue;
            }

            if (IsSpace(c) && SpacesBeforePercent(text, i) is { } percent)
            {
                // "0.5 %": a space typed between a figure and its per cent sign never becomes a line break.
                o.Append('\u00A0');
                i = percent - 1;
                continue;
            }

            if (spacing.Rewrites && IsSpace(c))
            {
                // Typed spaces before a mark that gets the profile's space, or after an opening guillemet, go.
                var next = i;
                while (next < text.Length && IsSpace(text[next]))
                    next++;
                if ((next < text.Length && SpacedBefore(text, next) is not null) || OpensGuillemet(text, i))
                {
                    // "rendu ;notes": the space typed before the mark is the words' only space; with none set
                    // before ; ! ? it moves after the mark, or the two words would run together ("rendu;notes").
                    if (next < text.Length && SpacedBefore(text, next) == string.Empty && (text[next] is ';' or '!' or '?') && IsLetter(After(text, next)))
                        spaceAfter = next;
                    i = next - 1;
                    continue;
                }

                o.Append(c);
                continue;
            }

            switch (c)
            {
                case Straight:
                    if (Opening(text, i))
                    {
                        var inner = open.Count > 0 && !open.Peek();
                        open.Push(inner);
                        AppendOpen(o, inner ? quotes.InnerOpen : quotes.Open);
                    }
                    else
                    {
                        var inner = open.Count > 0 && open.Pop();
                        AppendClose(o, inner ? quotes.InnerClose : quotes.Close);
                    }

                    break;
                case Single:
                    // Where no word ends, a ' before a letter opens a quotation even in French ('océans' is no elision).
                    o.Append(Opening(text, i) && !IsWordChar(Previous(text, i)) && (!quotes.SingleQuotesAreApostrophes || IsLetter(After(text, i))) ? '\u2018' : '\u2019');
                    break;
                case '\u00AB' when spacing.Rewrites:
                    AppendOpen(o, "\u00AB");
                    break;
                default:
                    if (spacing.Rewrites && SpacedBefore(text, i) is { } space)
                        o.Append(space);
                    else if (spacing.Rewrites && c == '%' && i > 0 && char.IsAsciiDigit(text[i - 1]) && !InAddress(text, i))
                        o.Append('\u00A0'); // French sets "12 %", with a no-break space, even when "12%" was typed
                    o.Append(c);
                    if (i == spaceAfter)
                        o.Append(' ');
                    break;
            }
        }

        var result = new string[runs.Count];
        for (var r = 0; r < runs.Count; r++)
            result[r] = output[r].ToString();
        return result;
    }

    // « gets the space inside it; a French closing » the space before it.
    private void AppendOpen(StringBuilder o, string mark)
    {
        o.Append(mark);
        if (mark == "\u00AB")
            o.Append(spacing.InsideGuillemets);
    }

    private void AppendClose(StringBuilder o, string mark)
    {
        if (mark == "\u00BB")
            o.Append(spacing.InsideGuillemets);
        o.Append(mark);
    }

    /// <summary>The space the profile sets before the mark at <paramref name="i"/>, or null when it sets none there.</summary>
    private string? SpacedBefore(string text, int i)
    {
        var c = text[i];
        if (c is not (':' or ';' or '!' or '?' or '\u00BB' or Straight) || (c is not ('\u00BB' or Straight) && InAddress(text, i)))
            return null;
        var before = PreviousNonSpace(text, i);
        if (before is null)
            return null;
        switch (c)
        {
            case '\u00BB':
                return before == '\u00AB' ? null : spacing.InsideGuillemets;
            case Straight:
                // A closing straight quote that becomes a French » gets its space from AppendClose; the typed spaces before it go.
                return quotes.Close == "\u00BB" && !Opening(text, i) ? string.Empty : null;
            case ':':
                // A colon in prose, not one inside a time or a ratio (15:20, 3:1) nor before "//".
                return (char.IsDigit(before.Value) && After(text, i) is { } digit && char.IsDigit(digit)) || After(text, i) is '/'
                    ? null
                    : spacing.BeforeColon;
            default:
                // "?!" takes one space, before the first mark.
                return before is ';' or '!' or '?' ? null : spacing.BeforeHighPunctuation;
        }
    }

    private static bool OpensGuillemet(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : (char?)null;
        for (var k = i - 1; k >= 0 && IsSpace(text[k]); k--)
            before = k > 0 ? text[k - 1] : null;
        return before == '\u00AB';
    }

    private static bool NeedsWork(string text) =>
        text.AsSpan().IndexOfAny("\"':;!?%\u00AB\u00BB") >= 0;

    /// <summary>
    /// Where the per cent sign is when the spaces starting at <paramref name="i"/> stand between a figure and
    /// it (<c>0.5 %</c>), else null; never inside an address.
    /// </summary>
    private static int? SpacesBeforePercent(string text, int i)
    {
        if (i == 0 || !char.IsAsciiDigit(text[i - 1]))
            return null;
        var next = i;
        while (next < text.Length && IsSpace(text[next]))
            next++;
        return next < text.Length && text[next] == '%' && !InAddress(text, next) ? next : null;
    }

    // An opening quote follows the start of the text, a space, an opening bracket or dash, or another opening
    // mark; or a colon typed without its space, when a word follows (dit:"nous": the quotation opens).
    private static bool Opening(string text, int i) =>
        Previous(text, i) is not { } p
        || IsSpace(p) || p is '(' or '[' or '{' or '\u2014' or '\u2013' or '\u201C' or '\u2018' or '\u00AB' or '/'
        || (p == ':' && IsLetter(After(text, i)));

    private static bool IsLetter(char? c) => c is { } x && char.IsLetterOrDigit(x);

    private static char? Previous(string text, int i) => i > 0 ? text[i - 1] : null;

    private static char? After(string text, int i) => i + 1 < text.Length ? text[i + 1] : null;

    private static char? PreviousNonSpace(string text, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (!IsSpace(text[k]))
                return text[k];
        }

        return null;
    }

    private static bool IsWordChar(char? c) => c is { } x && char.IsLetterOrDigit(x);

    // Plain, no-break, narrow no-break and thin spaces: whatever an author may have typed before a mark.
    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\u2008' or '\t';

    // Within a word that holds "://", "www." or "@": a URL or an address, whose punctuation is not prose.
    private static bool InAddress(string text, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            start--;
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
            end++;
        var word = text.AsSpan(start, end - start);
        return word.Contains("://", StringComparison.Ordinal) || word.Contains("www.", StringComparison.Ordinal)
               || (word.Contains('@') && word.Length > 3);
    }
}
