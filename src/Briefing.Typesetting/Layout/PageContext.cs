namespace Briefing.Typesetting.Layout;

/// <summary>
/// Which page is being laid out. <see cref="TotalPages"/> is known only once the body has been laid
/// out, so page furniture that shows it is drawn after the body.
/// </summary>
public sealed record PageContext(int PageNumber, int? TotalPages)
{
    /// <summary>
    /// True when the page engine retries an empty page on which nothing fitted: keep rules (keep together,
    /// keep with next, widows and orphans) then give way, so content splits instead of failing.
    /// </summary>
    public bool KeepRulesRelaxed { get; init; }

    /// <summary>Where each element of the tree being laid out stands; one instance for all pages of one run.</summary>
    public LayoutProgress Progress { get; init; } = new();

    /// <inheritdoc />
    public bool Equals(PageContext? other) =>
        other is not null && PageNumber == other.PageNumber && TotalPages == other.TotalPages && KeepRulesRelaxed == other.KeepRulesRelaxed;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PageNumber, TotalPages, KeepRulesRelaxed);
}
