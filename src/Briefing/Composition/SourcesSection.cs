using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition;

/// <summary>The sources, numbered <c>[1]</c>: title (a hyperlink when the source has a URL), publisher and date.</summary>
internal static class SourcesSection
{
    /// <summary>The section's content, or null when the brief cites no sources.</summary>
    public static Element? Build(ComposeContext context)
    {
        var sources = context.Brief.Sources;
        if (sources.Count == 0)
            return null;
        var type = context.Type;
        return L.List(list =>
        {
            list.LabelWidth(context.Profile.Metrics.SourceLabelWidth).Gap(2).Spacing(3);
            for (var i = 0; i < sources.Count; i++)
            {
                list.Item(
                    context.Paragraph(context.Strings.SourceNumber(i + 1), type.Small with { Color = context.Palette.Muted }, type.TightParagraph, role: null),
                    Entry(context, sources[i]));
            }
        });
    }

    private static Element Entry(ComposeContext context, Source source)
    {
        var type = context.Type;
        return context.Typesetter.Paragraph(type.Small, type.TightParagraph, p =>
        {
            var title = context.Text(source.Title);
            if (source.Url is { } url && ExternalLinkPolicy.IsAllowed(url))
                p.Link(title, new LinkTarget.External(url), type.Small with { Color = context.Palette.Accent, Underline = true });
            else
                p.Span(title, type.SmallBold);
            if (source.Publisher is { } publisher)
                p.Span(", " + context.Text(publisher), type.Small);
            if (source.Date is { } date)
                p.Span(", " + context.Date(date), type.SmallMuted);
            if (source.Url is { } shown && ExternalLinkPolicy.IsAllowed(shown) && !shown.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                p.Span(" \u2014 ", type.SmallMuted).Link(shown, new LinkTarget.External(shown), type.SmallMuted);
        });
    }
}
