using Briefing.Composition.Frames.Report;
using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Composition.Frames;

/// <summary>
/// A Korean ministry report (보고서), as a Korean desk officer expects one (issue 14): a genre label that fits the
/// paper, the title centred in a box with the date and unit flush right under it, 개조식 points marked □ ○ - ※
/// under the <c>1.</c> <c>가.</c> numbering with keyword leads, Myeongjo body and Gothic headings at report sizes
/// with 160% leading, <c>- 1 -</c> centred at the foot, no marking on an unclassified paper and a red one at top
/// and bottom centre on a classified one, statuses as words, cross-references as plain text, the people in a
/// 우리 측 | 상대 측 table and the sources in a ※ 출처 line. The parts are in <c>Frames/Report/</c>.
/// </summary>
internal sealed class KoreanReportFrame : DocumentFrame
{
    /// <summary>A4 margins of a report: wider at the sides than the neutral note's, room at the top for the marking.</summary>
    private static readonly Thickness Margins = new(60, 36, 60, 28);

    /// <inheritdoc />
    public override FrameKind Kind => FrameKind.KoreanReport;

    /// <inheritdoc />
    public override bool Marks(Classification classification) => ReportMarking.IsMarked(classification);

    /// <inheritdoc />
    public override Document Compose(ComposeContext context, PaperSize paper)
    {
        var report = new ReportComposition(context);
        // Contents show page numbers; a report shows them only when asked (contents: on), being short by convention.
        var (body, forPages) = Bodies(context, context.Brief.Contents == ContentsMode.On, c => ReportBody.Build(new ReportComposition(c)));
        return new Document
        {
            Page = new PageSetup(paper == PaperSize.A4 ? Size.A4 : Size.Letter, Margins),
            Body = body,
            BodyForPages = forPages,
            Metadata = BriefComposer.Metadata(context),
            Header = ReportFurniture.Header(report),
            Footer = page => ReportFurniture.Footer(report, page),
            FurnitureSpacing = 14,
        };
    }
}
