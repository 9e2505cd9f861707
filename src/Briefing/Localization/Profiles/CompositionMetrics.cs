namespace Briefing.Localization.Profiles;

/// <summary>
/// The leading and the spacing that depend on the language, in points unless said otherwise. Korean sets
/// 160% leading (government reports) with tighter paragraph gaps; its labels are shorter than English ones,
/// so its label columns are narrower.
/// </summary>
public sealed record CompositionMetrics
{
    /// <summary>Line height of running text as a multiple of the font size (1.6 is Korean reports' 160%).</summary>
    public required double BodyLeading { get; init; }

    /// <summary>Line height of table and box text.</summary>
    public required double TightLeading { get; init; }

    /// <summary>Space between paragraphs of running text.</summary>
    public required double ParagraphGap { get; init; }

    /// <summary>Space between the items of a bullet list.</summary>
    public required double BulletSpacing { get; init; }

    /// <summary>The gutter of a bullet list.</summary>
    public required double BulletLabelWidth { get; init; }

    /// <summary>The gutter of a numbered item list (<c>가.</c>, <c>3.1</c>).</summary>
    public required double ItemLabelWidth { get; init; }

    /// <summary>The gutter of the sources list (<c>[1]</c>).</summary>
    public required double SourceLabelWidth { get; init; }

    /// <summary>The date column of the timeline.</summary>
    public required double TimelineDateWidth { get; init; }

    /// <summary>The label column of the key-facts box.</summary>
    public required double FactLabelWidth { get; init; }

    /// <summary>The relative width of the participants table's name column (the note column is 3).</summary>
    public required double NameColumnWeight { get; init; }
}
