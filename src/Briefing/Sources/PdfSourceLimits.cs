namespace Briefing.Sources;

/// <summary>Limits that keep a hostile PDF from exhausting memory or time while its sources are looked for.</summary>
public sealed record PdfSourceLimits
{
    /// <summary>The default limits: a 256 MB PDF, 16 MB per source (the loader's limit), 1000 files, 4096 name-tree nodes.</summary>
    public static PdfSourceLimits Default { get; } = new();

    /// <summary>The largest PDF read, in bytes.</summary>
    public long MaxPdfBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The largest embedded file, in bytes after decompression (and before, for its stored form).</summary>
    public int MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The most embedded files looked at.</summary>
    public int MaxFiles { get; init; } = 1000;

    /// <summary>The most name-tree nodes visited (a tree of cycles or absurd depth ends here).</summary>
    public int MaxTreeNodes { get; init; } = 4096;

    /// <summary>The deepest name-tree nesting followed.</summary>
    public int MaxTreeDepth { get; init; } = 32;
}
