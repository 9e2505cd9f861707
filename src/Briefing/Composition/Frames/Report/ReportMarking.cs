using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// The secrecy marking of a report, at the top and bottom centre of every page: none at all on an
/// unclassified paper (일반 is a filing category, not a marking), else the level (대외비, Ⅲ급비밀, Ⅱ급비밀,
/// Ⅰ급비밀) in red in a red frame, as the stamp is.
/// </summary>
internal static class ReportMarking
{
    /// <summary>Whether the paper carries a marking at all.</summary>
    public static bool IsMarked(Classification classification) => classification != Classification.Unclassified;

    /// <summary>The marking, centred; call only for a marked paper.</summary>
    public static Element Build(ReportComposition report)
    {
        var context = report.Context;
        var styles = report.Styles;
        // Left-aligned, so the frame hugs the word; the row centres the frame.
        var marking = context.Typesetter.Paragraph(context.Strings.Classification(context.Brief.Classification), styles.Marking, styles.HeadingParagraph, role: null)
            .Padding(new Thickness(8, 1, 8, 1))
            .Border(1, ReportStyles.MarkingRed);
        return L.Row(row =>
        {
            row.RelativeItem(L.Empty());
            row.AutoItem(marking);
            row.RelativeItem(L.Empty());
        });
    }
}
