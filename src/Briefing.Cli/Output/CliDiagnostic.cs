namespace Briefing.Cli.Output;

/// <summary>
/// A problem found after loading (rendering, writing): a file-level line in the same form as the loader's
/// diagnostics but without a position, <c>briefs/x.yaml: error BRF902: message</c>.
/// </summary>
internal static class CliDiagnostic
{
    /// <summary>The one-line error for <paramref name="file"/>.</summary>
    public static string Error(string file, string code, string message) => $"{file}: error {code}: {OneLine(message)}";

    /// <summary>Collapses line breaks so that every problem stays one line (exception messages may hold several).</summary>
    public static string OneLine(string message) =>
        message.Contains('\n') ? string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : message;
}
