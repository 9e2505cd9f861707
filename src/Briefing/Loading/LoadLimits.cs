namespace Briefing.Loading;

/// <summary>Limits that keep a hostile or broken file from exhausting memory, stack or time.</summary>
public sealed record LoadLimits
{
    /// <summary>The default limits: 16 MB, 32 levels, 1 000 000 characters per text, 10 000 items per list (room for a brief of 2000 participants and a 200 KB summary).</summary>
    public static LoadLimits Default { get; } = new();

    /// <summary>The largest file, in bytes of UTF-8.</summary>
    public int MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>The longest single text, in UTF-16 code units.</summary>
    public int MaxTextLength { get; init; } = 1_000_000;

    /// <summary>The most items in one list or mapping.</summary>
    public int MaxItems { get; init; } = 10_000;
}
