using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>
/// The theme's line above the title block: its logo (a Figure with the theme's alternative text) and its organisation
/// line beside it. Nothing in the default theme.
/// </summary>
internal static class Masthead
{
    /// <summary>The masthead, or null when the theme has neither a logo nor an organisation line.</summary>
    public static Element? Build(ComposeContext context)
    {
        var logo = context.Theme.Logo;
        var organisation = context.Theme.OrganisationFor(context.Profile) is { } text
            ? context.Paragraph(context.Profile.Polish(text), context.Type.Kicker with { FontSize = 10 }, context.Type.SingleLine)
            : null;
        if (logo is null)
            return organisation;
        var image = L.Image(logo.Data, logo.Alt);
        if (organisation is null)
            return L.Row(row => row.ConstantItem(logo.Width, image));
        return L.Row(row =>
        {
            row.Spacing(12);
            row.ConstantItem(logo.Width, image);
            row.RelativeItem(organisation.AlignMiddle());
        });
    }
}
