namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Decides which external link targets may go into a PDF: the one rule for links, which the loader (bad
/// URLs are the user's error), the composition and the PDF writer all ask. Only web and mail links are
/// allowed: other schemes (file, javascript, launch-like custom schemes) can run or open local things
/// from a document.
/// </summary>
public static class ExternalLinkPolicy
{
    /// <summary>
    /// Whether <paramref name="uri"/> is an absolute http or https URI with a host, or a mailto URI, and
    /// holds no control character.
    /// </summary>
    public static bool IsAllowed(string uri) => Refusal(uri, out _) is null;

    /// <summary>
    /// Returns the URI to write if it is allowed (see <see cref="IsAllowed"/>); throws otherwise. URIs with
    /// spaces or non-ASCII characters come back percent-encoded, since a PDF /URI is 7-bit ASCII.
    /// </summary>
    public static string Validate(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (Refusal(uri, out var parsed) is { } why)
            throw new ArgumentException($"Link target '{uri}' {why}.", nameof(uri));
        foreach (var c in uri)
        {
            if (c is <= ' ' or > '~')
                return parsed!.AbsoluteUri;
        }
        return uri;
    }

    private static string? Refusal(string uri, out Uri? parsed)
    {
        parsed = null;
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out parsed))
            return "is not an absolute URI";
        var scheme = parsed.Scheme;
        if (scheme != Uri.UriSchemeHttp && scheme != Uri.UriSchemeHttps && scheme != Uri.UriSchemeMailto)
            return $"uses the scheme '{scheme}'; only http, https and mailto are allowed";
        if (scheme != Uri.UriSchemeMailto && string.IsNullOrEmpty(parsed.Host))
            return "names no host";
        foreach (var c in uri)
        {
            if (char.IsControl(c))
                return "contains control characters";
        }
        return null;
    }
}
