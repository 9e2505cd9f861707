namespace Briefing.Loading;

/// <summary>Which URLs a brief may hold: absolute http, https and mailto only (no javascript:, file:, data:).</summary>
internal static class UrlRules
{
    public static bool IsAllowed(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto)
        && (uri.Scheme == Uri.UriSchemeMailto || !string.IsNullOrEmpty(uri.Host));
}
