using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Composition;

/// <summary>
/// An agreement's status as a small pill: the status name in a framed, tinted cell whose hue says how
/// far the agreement has come (grey proposed, amber in negotiation, teal agreed, green concluded and
/// beyond, red stalled). Pale fills keep the page calm; the text carries the meaning, not the colour.
/// </summary>
internal static class StatusBadge
{
    /// <summary>The badge element.</summary>
    public static Element Build(ComposeContext context, AgreementStatus status)
    {
        var (ink, fill) = Colors(status);
        return context.Paragraph(context.Strings.Status(status), context.Type.Badge with { Color = ink }, context.Type.SingleLine)
            .Padding(new Thickness(6, 1.5, 6, 1.5))
            .Background(fill)
            .Border(0.6, ink);
    }

    private static (Color Ink, Color Fill) Colors(AgreementStatus status) =>
        status switch
        {
            AgreementStatus.Proposed => (Color.FromHex("#4f5866"), Color.FromHex("#eef0f3")),
            AgreementStatus.UnderNegotiation => (Color.FromHex("#8a5300"), Color.FromHex("#fbf1e1")),
            AgreementStatus.AgreedVerbally => (Color.FromHex("#0f5f66"), Color.FromHex("#e3f2f2")),
            AgreementStatus.Stalled => (Color.FromHex("#a3261f"), Color.FromHex("#fbe9e7")),
            _ => (Color.FromHex("#23643a"), Color.FromHex("#e5f2e8")),
        };
}
