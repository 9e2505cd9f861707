using System.Text.RegularExpressions;

namespace Briefing.Validation.Drift;

/// <summary>
/// Finds the URLs and e-mail addresses of a text, written out or as link targets, and blanks them out of
/// the text so that their digits are not read as figures. URLs compare with scheme and host in lower
/// case, without a trailing slash, and with a path segment that names the text's own language
/// (<c>/en/</c>, <c>/fr-ca/</c>) read as any language: a Canadian page and its French twin are one link.
/// </summary>
internal static partial class LinkFacts
{
    /// <summary>Reads the links of <paramref name="text"/> (blanking them) and of the link targets.</summary>
    public static (IReadOnlyList<LinkMention> Urls, IReadOnlyList<LinkMention> Emails) Read(BlankedText text, IReadOnlyList<string> targets, string language)
    {
        // Lists only for texts that have links: most have none, and share the empty list.
        List<LinkMention>? urls = null;
        List<LinkMention>? emails = null;
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                var address = target["mailto:".Length..];
                var query = address.IndexOf('?', StringComparison.Ordinal);
                AddEmail(query < 0 ? address : address[..query]);
            }
            else
            {
                AddUrl(target);
            }
        }

        // Most texts hold neither: a URL needs "://" and an address "@", which a search finds far faster than the patterns.
        if (text.Span.IndexOf("://") >= 0)
        {
            for (var match = Url().Match(text.Current); match.Success; match = match.NextMatch())
            {
                var written = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'');
                AddUrl(written);
                text.Blank(match.Index, match.Length);
            }
        }

        if (text.Span.Contains('@'))
        {
            for (var match = Email().Match(text.Current); match.Success; match = match.NextMatch())
            {
                AddEmail(match.Value);
                text.Blank(match.Index, match.Length);
            }
        }

        return (urls ?? (IReadOnlyList<LinkMention>)[], emails ?? (IReadOnlyList<LinkMention>)[]);

        void AddUrl(string written) => (urls ??= []).Add(new LinkMention(UrlKey(written, language), written));

        void AddEmail(string written) => (emails ??= []).Add(new LinkMention(written.ToLowerInvariant(), written));
    }

    /// <summary>The compared form of a URL (see the class summary).</summary>
    public static string UrlKey(string url, string language)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return url;
        }

        var pathStart = url.IndexOfAny(['/', '?', '#'], schemeEnd + 3);
        var origin = (pathStart < 0 ? url : url[..pathStart]).ToLowerInvariant();
        var rest = pathStart < 0 ? string.Empty : url[pathStart..];
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        var subtag = dash < 0 ? language : language[..dash];
        var segments = rest.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Equals(language, StringComparison.OrdinalIgnoreCase) || segment.Equals(subtag, StringComparison.OrdinalIgnoreCase)
                || (segment.Length > subtag.Length + 1 && segment[subtag.Length] is '-' or '_'
                    && segment.StartsWith(subtag, StringComparison.OrdinalIgnoreCase) && segment.Length <= subtag.Length + 4))
            {
                segments[i] = "*";
            }
        }

        return (origin + string.Join('/', segments)).TrimEnd('/');
    }

    // ASCII only, without brackets and quotes: a Korean particle or a closing parenthesis after a URL is not part of it.
    [GeneratedRegex(@"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")]
    private static partial Regex Email();
}
