using System.Text;

namespace Briefing.Tests.Shared;

/// <summary>
/// Checks that the text read back from a PDF (pdftotext, pages separated by form feeds) holds every
/// character of every rendered field, in order: whitespace, line breaks and hyphens aside (a line may
/// break after a hyphen, and pdftotext joins the halves), each field must appear whole. A field that
/// runs on to the next page may be interrupted there by the page furniture (footer, header, a repeated
/// table header) of at most <see cref="FurnitureLength"/> characters on each side of the break, and
/// nowhere else. With <c>inOrder</c>, each field must also come after the one before it; the document
/// sets some fields side by side or in another order than the file's, so callers relax that for whole briefs.
/// </summary>
public static class NothingLost
{
    /// <summary>The most characters of page furniture at the end and at the start of a page.</summary>
    public const int FurnitureLength = 400;

    /// <summary>The problems found (empty when nothing is lost): one line per field missing or out of order.</summary>
    public static IReadOnlyList<string> Check(string pdfText, IEnumerable<string> fields, bool inOrder = true)
    {
        var pages = pdfText.Split('\f').Select(Squeeze).ToArray();
        var text = string.Concat(pages);
        var problems = new List<string>();
        var cursor = 0;
        var index = 0;
        foreach (var field in fields)
        {
            var wanted = Squeeze(field);
            if (wanted.Length == 0)
            {
                index++;
                continue;
            }

            var at = text.IndexOf(wanted, inOrder ? cursor : 0, StringComparison.Ordinal);
            if (at >= 0)
            {
                cursor = at + wanted.Length;
            }
            else if (text.Contains(wanted, StringComparison.Ordinal))
            {
                problems.Add($"field {index} out of order: '{Shorten(field)}'");
            }
            else if (!AcrossPages(pages, wanted))
            {
                problems.Add($"field {index} lost: '{Shorten(field)}'{Closest(text, wanted)}");
            }

            index++;
        }

        return problems;
    }

    /// <summary>The text without whitespace and hyphens.</summary>
    public static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '-' && c != '\u00AD')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // Whether the field begins on some page, runs to within the furniture of its end, and goes on at the
    // start of the next page (and so on, for a field longer than a page).
    private static bool AcrossPages(string[] pages, string wanted)
    {
        for (var page = 0; page + 1 < pages.Length; page++)
        {
            if (ContinuesFrom(pages, page, wanted, anywhere: true))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContinuesFrom(string[] pages, int page, string rest, bool anywhere)
    {
        var text = pages[page];
        var probe = rest[..Math.Min(rest.Length, 12)];
        var limit = anywhere ? text.Length : Math.Min(text.Length, FurnitureLength + probe.Length);
        for (var start = text.IndexOf(probe, StringComparison.Ordinal); start >= 0 && start < limit;
             start = start + 1 < text.Length ? text.IndexOf(probe, start + 1, StringComparison.Ordinal) : -1)
        {
            if (!anywhere && start > FurnitureLength)
            {
                break;
            }

            var matched = 0;
            while (matched < rest.Length && start + matched < text.Length && text[start + matched] == rest[matched])
            {
                matched++;
            }

            if (matched == rest.Length)
            {
                return true;
            }

            if (page + 1 >= pages.Length || start + matched < text.Length - FurnitureLength)
            {
                continue; // broken off in the middle of a page: not a page break
            }

            // The furniture may begin with the field's next characters by chance: try a few shorter cuts.
            for (var cut = matched; cut > 0 && cut >= matched - 4; cut--)
            {
                if (ContinuesFrom(pages, page + 1, rest[cut..], anywhere: false))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    // Where the longest prefix of the field is found, to show what the PDF has instead.
    private static string Closest(string text, string wanted)
    {
        var low = 0;
        var high = wanted.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (text.Contains(wanted[..middle], StringComparison.Ordinal))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (low == 0)
        {
            return "";
        }

        var at = text.IndexOf(wanted[..low], StringComparison.Ordinal) + Math.Max(0, low - 20);
        var from = Math.Max(0, low - 20);
        return $"; after {low} matching characters the PDF has '{text.Substring(at, Math.Min(text.Length - at, 40))}' where the field has '{wanted.Substring(from, Math.Min(40, wanted.Length - from))}'";
    }
}
