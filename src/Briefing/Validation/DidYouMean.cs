namespace Briefing.Validation;

/// <summary>Suggests the closest known word for a misspelt one (Damerau-Levenshtein, optimal string alignment).</summary>
public static class DidYouMean
{
    /// <summary>The closest candidate within a third of the word's length (at least 1 edit), or null.</summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var allowed = Math.Max(1, (word.Length + 1) / 3);
        foreach (var candidate in candidates)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>The edit distance where swapping two neighbouring letters counts as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var rows = a.Length + 1;
        var columns = b.Length + 1;
        var d = new int[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j < columns; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i < rows; i++)
        {
            for (var j = 1; j < columns; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>" did you mean 'x'?" when there is a suggestion, else empty; ready to append to a message.</summary>
    internal static string Hint(string word, IEnumerable<string> candidates)
    {
        var suggestion = Suggest(word, candidates);
        return suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
    }
}
