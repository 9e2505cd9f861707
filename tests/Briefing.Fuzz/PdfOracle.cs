using System.Globalization;
using System.Text;
using UglyToad.PdfPig;

namespace Briefing.Fuzz;

/// <summary>
/// What every PDF the fuzzer writes must be: a file PdfPig opens, with as many pages as the layout made,
/// whose text read back holds every visible character of the input.
/// </summary>
/// <remarks>
/// Two characters that a font draws with one glyph (NanumGothic's U+2014 and U+2015) must each read back as
/// themselves: the writer gives the second a CID of its own (see EmbeddedFont), so no tolerance is needed.
/// </remarks>
internal sealed class PdfOracle
{
    /// <summary>Throws when <paramref name="pdf"/> is not the PDF of <paramref name="pages"/> pages holding <paramref name="texts"/>.</summary>
    public void Check(byte[] pdf, int pages, IEnumerable<string> texts)
    {
        using var document = PdfDocument.Open(pdf);
        if (document.NumberOfPages != pages)
        {
            throw new InvalidOperationException($"the PDF has {document.NumberOfPages} pages; the layout made {pages}");
        }

        var readBack = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            readBack.Append(page.Text);
            // A run whose glyphs cannot spell its text (a cluster of marks, a ligature of odd letters) carries
            // it as /ActualText, which PdfPig does not put into the page's text but reports with the span.
            foreach (var content in page.GetMarkedContents())
            {
                AppendActualText(content, readBack);
            }
        }

        var found = Visible(readBack.ToString());
        foreach (var text in texts)
        {
            foreach (var c in Visible(text))
            {
                if (!found.Contains(c))
                {
                    throw new InvalidOperationException($"the text read back from the PDF lacks U+{(int)c:X4} of the input");
                }
            }
        }
    }

    private static void AppendActualText(UglyToad.PdfPig.Content.MarkedContentElement content, StringBuilder into)
    {
        var stack = new Stack<UglyToad.PdfPig.Content.MarkedContentElement>();
        stack.Push(content);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.ActualText is { Length: > 0 } text)
            {
                into.Append(text);
            }

            foreach (var child in element.Children)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>
    /// The letters, digits, punctuation and symbols of <paramref name="text"/>, decomposed (a font may draw
    /// a precomposed glyph for a letter and its mark, or the other way round) and upper-cased (a style may).
    /// Marks, spaces, controls and format characters are not compared: they draw nothing of their own.
    /// </summary>
    private static HashSet<char> Visible(string text)
    {
        var set = new HashSet<char>();
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            decomposed = text; // lone surrogates: nothing to normalize them into
        }

        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.DecimalDigitNumber
                    or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.ConnectorPunctuation
                    or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                    or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
                    or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol:
                    set.Add(char.ToUpperInvariant(c));
                    break;
            }
        }

        return set;
    }
}
