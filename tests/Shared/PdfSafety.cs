using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Tests.Shared;

/// <summary>Scans the objects of a PDF (outside stream data) for actions that run code, launch programs, send or fetch data, and for link targets other than http, https and mailto.</summary>
public static partial class PdfSafety
{
    private static readonly string[] Forbidden = ["/JavaScript", "/JS", "/Launch", "/SubmitForm", "/ImportData", "/GoToR", "/GoToE", "/RichMedia", "/EmbeddedFile", "/OpenAction", "/AA"];

    /// <summary>The problems found (empty when the PDF is safe).</summary>
    public static IReadOnlyList<string> Check(byte[] pdf)
    {
        // Latin-1 keeps every byte one character, so names in uncompressed objects are found as written.
        var text = Streams().Replace(Encoding.Latin1.GetString(pdf), "stream endstream"); // compressed data is no syntax
        var problems = new List<string>();
        foreach (var name in Forbidden)
        {
            foreach (Match match in Regex.Matches(text, Regex.Escape(name) + @"(?![A-Za-z0-9])"))
            {
                problems.Add($"{name} at byte {match.Index}");
            }
        }

        foreach (Match match in Uri().Matches(text))
        {
            var target = match.Groups[1].Value;
            if (!target.StartsWith("http://", StringComparison.Ordinal) && !target.StartsWith("https://", StringComparison.Ordinal)
                && !target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                problems.Add($"/URI ({target}) at byte {match.Index}");
            }
        }

        if (text.Contains("/ObjStm", StringComparison.Ordinal))
        {
            problems.Add("object streams hide objects from this scan");
        }

        return problems;
    }

    /// <summary>The targets of every URI action, in file order.</summary>
    public static IReadOnlyList<string> Links(byte[] pdf)
    {
        var text = Streams().Replace(Encoding.Latin1.GetString(pdf), "stream endstream");
        return Uri().Matches(text).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex(@"(?s)\bstream\r?\n.*?endstream")]
    private static partial Regex Streams();

    [GeneratedRegex(@"/URI\s*\(((?:[^()\\]|\\.)*)\)")]
    private static partial Regex Uri();
}
