using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;

namespace Briefing.Composition;

/// <summary>
/// The security marking across the top and bottom of every page, white on a band coloured by level:
/// green for unclassified, blue for the protected levels, amber for confidential, red for secret and
/// dark orange for top secret (the colours readers of marked documents expect).
/// </summary>
internal static class ClassificationBanner
{
    /// <summary>The banner's height in points.</summary>
    public const double Height = 15;

    /// <summary>The band colour of a level.</summary>
    public static Color ColorOf(Classification classification) =>
        classification switch
        {
            Classification.Unclassified => Color.FromHex("#2f6b3f"),
            Classification.ProtectedA or Classification.ProtectedB or Classification.ProtectedC => Color.FromHex("#1d5796"),
            Classification.Confidential => Color.FromHex("#9a5a00"),
            Classification.Secret => Color.FromHex("#b3261e"),
            _ => Color.FromHex("#c24e00"),
        };

    /// <summary>The banner element (centred marking on the coloured band).</summary>
    public static Element Build(ComposeContext context)
    {
        var marking = context.Strings.Classification(context.Brief.Classification);
        var text = context.Paragraph(
            marking,
            context.Type.Banner,
            context.Type.SingleLine with { Alignment = TextAlignment.Center },
            role: null);
        return text.AlignMiddle().Height(Height).Background(ColorOf(context.Brief.Classification));
    }
}
