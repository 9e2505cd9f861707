namespace Briefing.Sources;

/// <summary>A source file found inside a PDF: its name (checked to be a plain file name) and its bytes (checksums verified).</summary>
public sealed record EmbeddedSource(string Name, byte[] Bytes)
{
    /// <summary>Whether it is a brief (a <c>.yaml</c> or <c>.yml</c> file), not another source such as a theme.</summary>
    public bool IsBrief =>
        Name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>How diagnostics name the file inside <paramref name="pdfPath"/>: <c>out/x.ko.pdf#x.yaml</c>.</summary>
    public string DisplayPath(string pdfPath) => $"{pdfPath}#{Name}";
}
