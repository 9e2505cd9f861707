using Briefing.Typesetting.Text.LineBreaking;

namespace Briefing.Typesetting.Text;

/// <summary>What a paragraph's layout needs that does not depend on the width: its measured text and its break opportunities.</summary>
internal sealed record PreparedParagraph(
    IReadOnlyList<TextSpan> Spans,
    MeasuredParagraph Measured,
    IReadOnlyList<BreakOpportunity> Breaks,
    bool KeepAll);
