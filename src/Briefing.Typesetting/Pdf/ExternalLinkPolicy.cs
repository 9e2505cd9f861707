namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Decides which external link targets may go into a PDF. Only web and mail links are allowed: other
/// schemes (file, javascript, launch-like custom schemes) can run or open local things from a document.
/// </summary>
internal static class ExternalLinkPolicy
{
    /// <summary>
    /// Returns the URI to write if it is an absolute http, https or mailto URI; throws otherwise. URIs with
    /// spaces or non-ASCII characters come back percent-encoded, since a PDF /URI is 7-bit ASCII.
    /// </summary>
    public static string Validate(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
            throw new ArgumentException($"Link target '{uri}' is not an absolute URI.", nameof(uri));
        var scheme = parsed.Scheme;
        if (scheme != Uri.UriSchemeHttp && scheme != Uri.UriSchemeHttps && scheme != Uri.UriSchemeMailto)
            throw new ArgumentException($"Link target '{uri}' uses the scheme '{scheme}'; only http, https and mailto are allowed.", nameof(uri));
        foreach (var c in uri)
        {
            if (char.IsControl(c))
                throw new ArgumentException($"Link target '{uri}' contains control characters.", nameof(uri));
        }
        foreach (var c in uri)
        {
            if (c is <= ' ' or > '~')
                return parsed.AbsoluteUri;
        }
        return uri;
    }
}
